package dev.orchard.fake.drive.docws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.content.Blob;
import dev.orchard.fake.http.Json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The checksum fields of content tokens. {@code signature}/{@code fileChecksum} is Apple's MMCS formula; the
 * reference signature and wrapping key are opaque to clients, so the fake derives stable stand-ins from it.
 */
final class ContentTokens {
    private ContentTokens() {
    }

    static byte[] referenceChecksum(byte[] fileChecksum) {
        byte[] h = sha("SHA-1", fileChecksum, "reference");
        byte[] out = new byte[h.length + 1];
        out[0] = 0x01;
        System.arraycopy(h, 0, out, 1, h.length);
        return out;
    }

    static byte[] wrappingKey(byte[] fileChecksum) {
        return Arrays.copyOf(sha("SHA-256", fileChecksum, "wrapping"), 16);
    }

    /** {url, token, signature, wrapping_key, reference_signature} as in data_token and package_token. */
    static ObjectNode token(String url, String token, Blob blob) {
        byte[] checksum = blob.fileChecksum();
        return Json.object().put("url", url).put("token", token)
                .put("signature", DocwsUrls.b64(checksum))
                .put("wrapping_key", DocwsUrls.b64(wrappingKey(checksum)))
                .put("reference_signature", DocwsUrls.b64(referenceChecksum(checksum)));
    }

    private static byte[] sha(String algorithm, byte[] data, String salt) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(salt.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return md.digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

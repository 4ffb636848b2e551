package dev.orchard.fake.drive.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The checksum Apple's content service reports as {@code fileChecksum} and docws as {@code signature}:
 * 0x01 followed by SHA-1 over two salts and the bytes.
 */
public final class MmcsChecksum {
    private static final byte[] SALTS =
            "com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0".getBytes(StandardCharsets.US_ASCII);

    private MmcsChecksum() {
    }

    /** A SHA-1 already fed with the salts; feed it the content, then {@link #finish}. */
    public static MessageDigest start() {
        MessageDigest sha1 = digest("SHA-1");
        sha1.update(SALTS);
        return sha1;
    }

    public static byte[] finish(MessageDigest started) {
        byte[] hash = started.digest();
        byte[] out = new byte[hash.length + 1];
        out[0] = 0x01;
        System.arraycopy(hash, 0, out, 1, hash.length);
        return out;
    }

    public static byte[] of(byte[] content) {
        MessageDigest md = start();
        md.update(content);
        return finish(md);
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }
}

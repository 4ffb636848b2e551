package dev.orchard.icloud.photos.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Apple's {@code fileChecksum} (docs/protocol/photos.md §5): {@code base64(0x01 || SHA-1(salt || bytes))} with the salt
 * {@code "com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0"}. Feed the bytes with {@link #update}.
 */
public final class FileChecksum {
    private static final byte[] SALT = "com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte FORMAT = 0x01;

    private final MessageDigest sha1;

    public FileChecksum() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-1", e);
        }
        sha1.update(SALT);
    }

    public void update(byte[] b, int off, int len) {
        sha1.update(b, off, len);
    }

    /** The checksum of everything fed so far, in Apple's base64 form. Ends this hasher. */
    public String finish() {
        byte[] digest = sha1.digest();
        byte[] out = new byte[digest.length + 1];
        out[0] = FORMAT;
        System.arraycopy(digest, 0, out, 1, digest.length);
        return Base64.getEncoder().encodeToString(out);
    }

    public static String of(byte[] content) {
        FileChecksum c = new FileChecksum();
        c.update(content, 0, content.length);
        return c.finish();
    }

    /** Whether {@code checksum} is in the one format Orchard can verify: 21 bytes starting with 0x01. */
    public static boolean verifiable(String checksum) {
        byte[] raw = decode(checksum);
        return raw != null && raw.length == 21 && raw[0] == FORMAT;
    }

    /** Whether two checksums name the same bytes (tolerates base64 vs base64url spellings). */
    public static boolean same(String a, String b) {
        byte[] x = decode(a);
        byte[] y = decode(b);
        return x != null && Arrays.equals(x, y);
    }

    static byte[] decode(String checksum) {
        if (checksum == null) return null;
        String s = checksum.trim().replace('-', '+').replace('_', '/');
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

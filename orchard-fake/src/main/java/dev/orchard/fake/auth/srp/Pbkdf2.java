package dev.orchard.fake.auth.srp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * PBKDF2-HMAC-SHA256 over a raw byte password (RFC 8018 §5.2). The JDK's PBEKeySpec takes a char[] and
 * re-encodes it, which would corrupt the raw 32-byte digest that the {@code s2k} protocol feeds in.
 */
public final class Pbkdf2 {
    private static final int H_LEN = 32;

    private Pbkdf2() {
    }

    public static byte[] hmacSha256(byte[] password, byte[] salt, int iterations, int keyLength) {
        if (iterations < 1) throw new IllegalArgumentException("PBKDF2 needs at least one iteration");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password, "HmacSHA256"));
            byte[] out = new byte[keyLength];
            int blocks = (keyLength + H_LEN - 1) / H_LEN;
            for (int i = 1; i <= blocks; i++) {
                byte[] block = block(mac, salt, iterations, i);
                int offset = (i - 1) * H_LEN;
                System.arraycopy(block, 0, out, offset, Math.min(H_LEN, keyLength - offset));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] block(Mac mac, byte[] salt, int iterations, int index) {
        mac.update(salt);
        mac.update(new byte[] {(byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index});
        byte[] u = mac.doFinal();
        byte[] t = u.clone();
        for (int r = 1; r < iterations; r++) {
            u = mac.doFinal(u);
            for (int j = 0; j < t.length; j++) t[j] ^= u[j];
        }
        return t;
    }
}

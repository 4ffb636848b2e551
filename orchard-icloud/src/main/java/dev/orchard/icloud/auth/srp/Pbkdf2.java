package dev.orchard.icloud.auth.srp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * PBKDF2-HMAC-SHA256 over a raw byte password. The JDK's PBEKeySpec takes a char[] and encodes it, which
 * would corrupt Apple's raw 32-byte "s2k" input (docs/protocol/sign-in.md §3), hence this small implementation.
 */
public final class Pbkdf2 {
    private Pbkdf2() {
    }

    public static byte[] hmacSha256(byte[] password, byte[] salt, int iterations, int length) {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // SecretKeySpec refuses an empty key; HMAC zero-pads keys, so one zero byte is the same key.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            int hLen = mac.getMacLength();
            byte[] out = new byte[length];
            int blocks = (length + hLen - 1) / hLen;
            for (int i = 1; i <= blocks; i++) {
                mac.update(salt);
                mac.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
                byte[] u = mac.doFinal();
                byte[] t = u.clone();
                for (int j = 1; j < iterations; j++) {
                    u = mac.doFinal(u);
                    for (int k = 0; k < t.length; k++) t[k] ^= u[k];
                }
                System.arraycopy(t, 0, out, (i - 1) * hLen, Math.min(hLen, length - (i - 1) * hLen));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

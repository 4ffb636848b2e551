package dev.orchard.fake.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random opaque values shaped roughly like Apple's (lengths and prefixes only; contents mean nothing). */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String base64(int bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(random(bytes));
    }

    public static String hex(int bytes) {
        return HexFormat.of().withUpperCase().formatHex(random(bytes));
    }

    /** A six-digit code; leading zeros are kept, as in Apple's codes. */
    public static String sixDigits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}

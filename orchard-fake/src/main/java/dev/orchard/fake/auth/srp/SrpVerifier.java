package dev.orchard.fake.auth.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * What the server stores for a password: protocol, salt, iteration count and v = g^x mod N, with Apple's
 * x = H(salt || H(":" || key)) (no user name in x) and key = PBKDF2(H(password) or its hex, salt, iterations).
 */
public record SrpVerifier(String protocol, byte[] salt, int iterations, BigInteger v) {

    public static SrpVerifier of(String password, String protocol, byte[] salt, int iterations) {
        BigInteger x = SrpGroup.toInt(SrpGroup.sha256(salt,
                SrpGroup.sha256(":".getBytes(StandardCharsets.US_ASCII), passwordKey(password, protocol, salt, iterations))));
        return new SrpVerifier(protocol, salt.clone(), iterations, SrpGroup.G.modPow(x, SrpGroup.N));
    }

    /** The PBKDF2 key for {@code s2k} (raw digest in) or {@code s2k_fo} (lowercase hex digest in). */
    public static byte[] passwordKey(String password, String protocol, byte[] salt, int iterations) {
        byte[] digest = SrpGroup.sha256(password.getBytes(StandardCharsets.UTF_8));
        byte[] input = switch (protocol) {
            case "s2k" -> digest;
            case "s2k_fo" -> HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
            default -> throw new IllegalArgumentException("protocol must be s2k or s2k_fo, got " + protocol);
        };
        return Pbkdf2.hmacSha256(input, salt, iterations, 32);
    }
}

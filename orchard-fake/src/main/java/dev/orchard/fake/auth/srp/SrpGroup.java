package dev.orchard.fake.auth.srp;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The RFC 5054 2048-bit group with g = 2 that Apple's sign-in uses, SHA-256, and the two byte encodings
 * the protocol mixes (docs/protocol/sign-in.md §3): minimal big-endian ({@link #bytes}) and padded to the length of N
 * ({@link #pad}).
 */
public final class SrpGroup {
    public static final BigInteger N = new BigInteger(
            "AC6BDB41324A9A9BF166DE5E1389582FAF72B6651987EE07FC3192943DB56050"
                    + "A37329CBB4A099ED8193E0757767A13DD52312AB4B03310DCD7F48A9DA04FD50"
                    + "E8083969EDB767B0CF6095179A163AB3661A05FBD5FAAAE82918A9962F0B93B8"
                    + "55F97993EC975EEAA80D740ADBF4FF747359D041D5C33EA71D281E446B14773B"
                    + "CA97B43A23FB801676BD207A436C6481F1D2B9078717461A5B9D32E688F87748"
                    + "544523B524B0D57D5EA77A2775D2ECFA032CFBDBF52FB3786160279004E57AE6"
                    + "AF874E7303CE53299CCC041C7BC308D82A5698F3A8D0C38271AE35F8E9DBFBB6"
                    + "94B5C803D89F7AE435DE236D525F54759B65E372FCD68EF20FA7111F9E4AFF73", 16);
    public static final BigInteger G = BigInteger.TWO;
    /** Length of N in bytes, the width of {@link #pad}. */
    public static final int LENGTH = 256;
    /** The multiplier k = H(N || PAD(g)). */
    public static final BigInteger K = toInt(sha256(bytes(N), pad(G)));

    private SrpGroup() {
    }

    /** The minimal unsigned big-endian encoding (BigInteger's sign byte stripped). */
    public static byte[] bytes(BigInteger n) {
        byte[] b = n.toByteArray();
        return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    /** The unsigned big-endian encoding left-padded with zeros to {@link #LENGTH} bytes. */
    public static byte[] pad(BigInteger n) {
        byte[] b = bytes(n);
        if (b.length >= LENGTH) return b;
        byte[] out = new byte[LENGTH];
        System.arraycopy(b, 0, out, LENGTH - b.length, b.length);
        return out;
    }

    public static BigInteger toInt(byte[] b) {
        return new BigInteger(1, b);
    }

    public static byte[] sha256(byte[]... parts) {
        MessageDigest md = digest();
        for (byte[] p : parts) md.update(p);
        return md.digest();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

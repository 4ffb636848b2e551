package dev.orchard.icloud.auth.srp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The RFC 5054 2048-bit group with g = 2, and the byte encodings Apple's SRP uses. */
final class SrpGroup {
    static final BigInteger N = new BigInteger(
            "AC6BDB41324A9A9BF166DE5E1389582FAF72B6651987EE07FC3192943DB56050A37329CBB4A099ED8193E0757767A13D"
                    + "D52312AB4B03310DCD7F48A9DA04FD50E8083969EDB767B0CF6095179A163AB3661A05FBD5FAAAE82918A9962F0B93B8"
                    + "55F97993EC975EEAA80D740ADBF4FF747359D041D5C33EA71D281E446B14773BCA97B43A23FB801676BD207A436C6481"
                    + "F1D2B9078717461A5B9D32E688F87748544523B524B0D57D5EA77A2775D2ECFA032CFBDBF52FB3786160279004E57AE6"
                    + "AF874E7303CE53299CCC041C7BC308D82A5698F3A8D0C38271AE35F8E9DBFBB694B5C803D89F7AE435DE236D525F5475"
                    + "9B65E372FCD68EF20FA7111F9E4AFF73", 16);
    static final BigInteger G = BigInteger.TWO;
    static final int LENGTH = 256;
    static final BigInteger K = new BigInteger(1, sha256(bytes(N), pad(G)));

    private SrpGroup() {
    }

    /** Minimal unsigned big-endian encoding (no sign byte). */
    static byte[] bytes(BigInteger n) {
        byte[] b = n.toByteArray();
        if (b.length > 1 && b[0] == 0) return Arrays.copyOfRange(b, 1, b.length);
        return b;
    }

    /** Left-padded to the length of N. */
    static byte[] pad(BigInteger n) {
        byte[] b = bytes(n);
        if (b.length >= LENGTH) return b;
        byte[] out = new byte[LENGTH];
        System.arraycopy(b, 0, out, LENGTH - b.length, b.length);
        return out;
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) d.update(p);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

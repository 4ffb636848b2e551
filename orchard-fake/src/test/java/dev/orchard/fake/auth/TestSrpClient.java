package dev.orchard.fake.auth;

import dev.orchard.fake.auth.srp.SrpGroup;
import dev.orchard.fake.auth.srp.SrpVerifier;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A minimal client side of Apple's SRP-6a, for tests only (the fake must not share code with Orchard's
 * client). {@code padded} switches K, M1 and M2 to 256-byte A/B/S, the rclone convention.
 */
final class TestSrpClient {
    private final BigInteger a;
    private final BigInteger aPublic;
    private final boolean padded;

    TestSrpClient(byte[] secret, boolean padded) {
        this.a = SrpGroup.toInt(secret);
        this.aPublic = SrpGroup.G.modPow(a, SrpGroup.N);
        this.padded = padded;
    }

    static TestSrpClient random(boolean padded) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new TestSrpClient(secret, padded);
    }

    BigInteger publicValue() {
        return aPublic;
    }

    String publicValueBase64() {
        return Base64.getEncoder().encodeToString(padded ? SrpGroup.pad(aPublic) : SrpGroup.bytes(aPublic));
    }

    /** m1 and m2 for the server's answer to signin/init. */
    byte[][] proofs(String accountName, String password, String protocol, byte[] salt, int iterations, BigInteger b) {
        byte[] key = SrpVerifier.passwordKey(password, protocol, salt, iterations);
        BigInteger x = SrpGroup.toInt(SrpGroup.sha256(salt, SrpGroup.sha256(":".getBytes(StandardCharsets.US_ASCII), key)));
        BigInteger u = SrpGroup.toInt(SrpGroup.sha256(SrpGroup.pad(aPublic), SrpGroup.pad(b)));
        BigInteger base = b.subtract(SrpGroup.K.multiply(SrpGroup.G.modPow(x, SrpGroup.N))).mod(SrpGroup.N);
        BigInteger s = base.modPow(a.add(u.multiply(x)), SrpGroup.N);
        byte[] k = SrpGroup.sha256(enc(s));
        byte[] hn = SrpGroup.sha256(SrpGroup.bytes(SrpGroup.N));
        byte[] hg = SrpGroup.sha256(SrpGroup.pad(SrpGroup.G));
        for (int i = 0; i < hn.length; i++) hn[i] ^= hg[i];
        byte[] m1 = SrpGroup.sha256(hn, SrpGroup.sha256(accountName.getBytes(StandardCharsets.UTF_8)), salt, enc(aPublic), enc(b), k);
        byte[] m2 = SrpGroup.sha256(enc(aPublic), m1, k);
        return new byte[][] {m1, m2};
    }

    private byte[] enc(BigInteger n) {
        return padded ? SrpGroup.pad(n) : SrpGroup.bytes(n);
    }
}

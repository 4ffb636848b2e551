package dev.orchard.icloud.auth.srp;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The client side of Apple's GSA flavour of SRP-6a (docs/protocol/sign-in.md §3). To stay clear of the unsettled
 * padding question (docs/protocol/sign-in.md §3) it only ever works with full-length values: it redraws its secret until A is
 * 256 bytes, and {@link #respond} reports {@link Proof#retry()} when B or S is short, so the caller starts
 * again with a fresh init. With full-length values every convention yields the same bytes.
 */
public final class SrpClient {
    private final BigInteger a;
    private final BigInteger bigA;

    /** Proof for signin/complete, or a request to start over because a value was short. */
    public record Proof(byte[] m1, byte[] m2, boolean retry) {
        static final Proof RETRY = new Proof(new byte[0], new byte[0], true);
    }

    private SrpClient(BigInteger a) {
        this.a = a;
        this.bigA = SrpGroup.G.modPow(a, SrpGroup.N);
    }

    public static SrpClient random(SecureRandom random) {
        while (true) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            SrpClient c = new SrpClient(new BigInteger(1, secret));
            if (c.bigA.signum() != 0 && SrpGroup.bytes(c.bigA).length == SrpGroup.LENGTH) return c;
        }
    }

    /** For known-answer tests only: a fixed secret. */
    static SrpClient withSecret(byte[] secret) {
        return new SrpClient(new BigInteger(1, secret));
    }

    /** The public value A, minimal big-endian bytes (256 of them), to send base64-encoded as {@code a}. */
    public byte[] publicA() {
        return SrpGroup.bytes(bigA);
    }

    /** The password key of docs/protocol/sign-in.md §3 step 3. */
    public static byte[] passwordKey(char[] password, byte[] salt, int iterations, SrpProtocol protocol) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = new byte[encoded.remaining()];
        encoded.get(pw);
        Arrays.fill(encoded.array(), (byte) 0);
        byte[] p = SrpGroup.sha256(pw);
        Arrays.fill(pw, (byte) 0);
        byte[] input = protocol == SrpProtocol.S2K ? p
                : HexFormat.of().formatHex(p).getBytes(StandardCharsets.US_ASCII);
        byte[] key = Pbkdf2.hmacSha256(input, salt, iterations, 32);
        Arrays.fill(p, (byte) 0);
        Arrays.fill(input, (byte) 0);
        return key;
    }

    /**
     * Computes M1 and M2 for the server's salt and B.
     *
     * @throws IllegalArgumentException when the server's B is invalid (B mod N == 0) or u == 0
     */
    public Proof respond(String accountName, byte[] passwordKey, byte[] salt, byte[] serverB) {
        BigInteger bigB = new BigInteger(1, serverB);
        if (bigB.mod(SrpGroup.N).signum() == 0) throw new IllegalArgumentException("server sent an invalid SRP value B");
        if (SrpGroup.bytes(bigB).length != SrpGroup.LENGTH) return Proof.RETRY;
        BigInteger u = new BigInteger(1, SrpGroup.sha256(SrpGroup.pad(bigA), SrpGroup.pad(bigB)));
        if (u.signum() == 0) throw new IllegalArgumentException("server sent an SRP value giving u = 0");
        byte[] inner = SrpGroup.sha256(":".getBytes(StandardCharsets.US_ASCII), passwordKey);
        BigInteger x = new BigInteger(1, SrpGroup.sha256(salt, inner));
        BigInteger base = bigB.subtract(SrpGroup.K.multiply(SrpGroup.G.modPow(x, SrpGroup.N))).mod(SrpGroup.N);
        BigInteger s = base.modPow(a.add(u.multiply(x)), SrpGroup.N);
        if (SrpGroup.bytes(s).length != SrpGroup.LENGTH) return Proof.RETRY;
        byte[] k = SrpGroup.sha256(SrpGroup.bytes(s));
        byte[] hn = SrpGroup.sha256(SrpGroup.bytes(SrpGroup.N));
        byte[] hg = SrpGroup.sha256(SrpGroup.pad(SrpGroup.G));
        byte[] hxor = new byte[hn.length];
        for (int i = 0; i < hn.length; i++) hxor[i] = (byte) (hn[i] ^ hg[i]);
        byte[] hi = SrpGroup.sha256(accountName.getBytes(StandardCharsets.UTF_8));
        byte[] m1 = SrpGroup.sha256(hxor, hi, salt, SrpGroup.bytes(bigA), SrpGroup.bytes(bigB), k);
        byte[] m2 = SrpGroup.sha256(SrpGroup.bytes(bigA), m1, k);
        return new Proof(m1, m2, false);
    }

    /** k, exposed for the known-answer test. */
    static byte[] multiplier() {
        return SrpGroup.bytes(SrpGroup.K);
    }
}

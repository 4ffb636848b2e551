package dev.orchard.fake.auth.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The server half of one SRP-6a exchange: secret b, public B = k·v + g^b, and the proofs it expects back.
 * Clients disagree on two details (docs/protocol/sign-in.md §3), so every combination is accepted: A, B and S
 * minimal or padded to 256 bytes inside K/M1/M2, and H(I) over the account name as sent or lowercased.
 */
public final class SrpChallenge {
    /** The byte conventions inside K, M1 and M2. */
    public enum Encoding { MINIMAL, PADDED }

    /** One expected pair of client proofs. */
    public record Proof(Encoding encoding, String accountName, byte[] m1, byte[] m2) {
    }

    private final SrpVerifier verifier;
    private final BigInteger b;
    private final BigInteger bPublic;

    public SrpChallenge(SrpVerifier verifier, byte[] secret) {
        this.verifier = verifier;
        this.b = SrpGroup.toInt(secret);
        this.bPublic = SrpGroup.K.multiply(verifier.v()).add(SrpGroup.G.modPow(b, SrpGroup.N)).mod(SrpGroup.N);
    }

    public SrpVerifier verifier() {
        return verifier;
    }

    /** B, the server's public ephemeral value. */
    public BigInteger publicValue() {
        return bPublic;
    }

    /** Every proof a correct client may send for its public value {@code a}; empty when {@code a} is unusable. */
    public List<Proof> expectedProofs(BigInteger a, String accountName) {
        if (a.signum() <= 0 || a.mod(SrpGroup.N).signum() == 0) return List.of();
        BigInteger u = SrpGroup.toInt(SrpGroup.sha256(SrpGroup.pad(a), SrpGroup.pad(bPublic)));
        if (u.signum() == 0) return List.of();
        BigInteger s = a.multiply(verifier.v().modPow(u, SrpGroup.N)).mod(SrpGroup.N).modPow(b, SrpGroup.N);
        Set<String> names = new LinkedHashSet<>(List.of(accountName, accountName.toLowerCase(Locale.ROOT)));
        List<Proof> proofs = new ArrayList<>();
        for (Encoding e : Encoding.values()) {
            for (String name : names) proofs.add(proof(e, name, a, s));
        }
        return proofs;
    }

    /** The matching expected proof for what a client sent, or null when none matches. */
    public Proof check(BigInteger a, String accountName, byte[] m1, byte[] m2) {
        for (Proof p : expectedProofs(a, accountName)) {
            if (MessageDigest.isEqual(p.m1(), m1) && m2 != null && MessageDigest.isEqual(p.m2(), m2)) return p;
        }
        return null;
    }

    private Proof proof(Encoding e, String accountName, BigInteger a, BigInteger s) {
        byte[] aBytes = encode(e, a);
        byte[] k = SrpGroup.sha256(encode(e, s));
        byte[] hn = SrpGroup.sha256(SrpGroup.bytes(SrpGroup.N));
        byte[] hg = SrpGroup.sha256(SrpGroup.pad(SrpGroup.G));
        byte[] xor = new byte[hn.length];
        for (int i = 0; i < xor.length; i++) xor[i] = (byte) (hn[i] ^ hg[i]);
        byte[] m1 = SrpGroup.sha256(xor, SrpGroup.sha256(accountName.getBytes(StandardCharsets.UTF_8)),
                verifier.salt(), aBytes, encode(e, bPublic), k);
        byte[] m2 = SrpGroup.sha256(aBytes, m1, k);
        return new Proof(e, accountName, m1, m2);
    }

    private static byte[] encode(Encoding e, BigInteger n) {
        return e == Encoding.PADDED ? SrpGroup.pad(n) : SrpGroup.bytes(n);
    }
}

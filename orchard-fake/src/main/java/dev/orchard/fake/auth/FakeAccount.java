package dev.orchard.fake.auth;

import dev.orchard.fake.auth.srp.SrpVerifier;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An Apple ID the fake knows, with every knob docs/protocol/sign-in.md §7 asks for. Mutable so that tests and the
 * admin API can change policies while the fake runs; guarded by the instance lock.
 */
public final class FakeAccount {
    private final String appleId;
    private final String password;
    private final String dsid;
    private final String ownerRecordName;
    private String protocol = "s2k";
    private int iterations = 20000;
    private MfaPolicy mfaPolicy = MfaPolicy.DEVICE;
    private String fixedMfaCode;
    private final List<TrustedPhone> phones = new ArrayList<>(List.of(new TrustedPhone(1, "+1 555 0100 0181")));
    private Duration trustLifetime = Duration.ofDays(60);
    private Duration sessionLifetime = Duration.ofDays(30);
    private boolean verifyAnswers409;
    private boolean adp;
    private int adpApproveAfterPolls = 2;
    private boolean webAccessAllowed = true;
    private String domainToUse;
    private String country = "USA";
    private boolean autoPushAtChallenge = true;
    private boolean challengeAfter200;
    private byte[] salt = randomSalt();
    private SrpVerifier verifier;

    public FakeAccount(String appleId, String password, String dsid) {
        this.appleId = Objects.requireNonNull(appleId).trim();
        this.password = Objects.requireNonNull(password);
        this.dsid = Objects.requireNonNull(dsid);
        this.ownerRecordName = "_" + String.format(Locale.ROOT, "%032x", Long.parseUnsignedLong(dsid) * 2654435761L);
    }

    /** Apple IDs compare case-insensitively (rclone lowercases them; others send them as typed). */
    public String key() {
        return appleId.toLowerCase(Locale.ROOT);
    }

    public String appleId() { return appleId; }
    public String password() { return password; }
    public String dsid() { return dsid; }
    /** The CloudKit user record name, {@code _} plus 32 hex digits. */
    public String ownerRecordName() { return ownerRecordName; }

    public synchronized String protocol() { return protocol; }
    public synchronized FakeAccount protocol(String p) {
        if (!p.equals("s2k") && !p.equals("s2k_fo")) throw new IllegalArgumentException("protocol must be s2k or s2k_fo");
        protocol = p;
        return this;
    }

    public synchronized int iterations() { return iterations; }
    public synchronized FakeAccount iterations(int n) {
        if (n < 1) throw new IllegalArgumentException("iterations must be >= 1");
        iterations = n;
        return this;
    }

    public synchronized MfaPolicy mfaPolicy() { return mfaPolicy; }
    public synchronized FakeAccount mfaPolicy(MfaPolicy p) { mfaPolicy = Objects.requireNonNull(p); return this; }

    /** A code every delivery uses; null means a fresh random six-digit code per delivery. */
    public synchronized String fixedMfaCode() { return fixedMfaCode; }
    public synchronized FakeAccount fixedMfaCode(String code) {
        if (code != null && !code.matches("\\d{6}")) throw new IllegalArgumentException("a 2FA code is six digits");
        fixedMfaCode = code;
        return this;
    }

    public synchronized List<TrustedPhone> phones() { return List.copyOf(phones); }

    public synchronized Duration trustLifetime() { return trustLifetime; }
    public synchronized FakeAccount trustLifetime(Duration d) { trustLifetime = positive(d, "trust lifetime"); return this; }

    public synchronized Duration sessionLifetime() { return sessionLifetime; }
    public synchronized FakeAccount sessionLifetime(Duration d) { sessionLifetime = positive(d, "session lifetime"); return this; }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive");
        return d;
    }

    /** The mid-2026 quirk: code verification answers 409 (with a new session token) on success. */
    public synchronized boolean verifyAnswers409() { return verifyAnswers409; }
    public synchronized FakeAccount verifyAnswers409(boolean on) { verifyAnswers409 = on; return this; }

    /** Advanced Data Protection: web sessions need device approval (PCS) before Photos or Drive work. */
    public synchronized boolean adp() { return adp; }
    public synchronized FakeAccount adp(boolean on) { adp = on; return this; }

    /** How many requestPCS / requestWebAccessState polls pass before the "device" approves. */
    public synchronized int adpApproveAfterPolls() { return adpApproveAfterPolls; }
    public synchronized FakeAccount adpApproveAfterPolls(int n) {
        if (n < 0) throw new IllegalArgumentException("ADP approval needs a poll count >= 0");
        adpApproveAfterPolls = n;
        return this;
    }

    public synchronized boolean webAccessAllowed() { return webAccessAllowed; }
    public synchronized FakeAccount webAccessAllowed(boolean on) { webAccessAllowed = on; return this; }

    /** When set (e.g. "iCloud.com.cn"), accountLogin answers with domainToUse: the account is in another region. */
    public synchronized String domainToUse() { return domainToUse; }
    public synchronized FakeAccount domainToUse(String d) {
        domainToUse = d == null || d.isBlank() ? null : d.trim();
        return this;
    }

    public synchronized String country() { return country; }
    public synchronized FakeAccount country(String c) {
        if (c == null || !c.matches("[A-Z]{3}")) throw new IllegalArgumentException("country must be three capital letters, e.g. USA");
        country = c;
        return this;
    }

    /**
     * Whether a code goes to the trusted device (or, SMS-only, to the first phone) as soon as signin/complete
     * answers 409. Apple did this until 2026; the pinned peer clients rely on it, as they never ask for delivery.
     */
    public synchronized boolean autoPushAtChallenge() { return autoPushAtChallenge; }
    public synchronized FakeAccount autoPushAtChallenge(boolean on) { autoPushAtChallenge = on; return this; }

    /**
     * Whether signin/complete answers 200 {@code {"auth_type":"hsa2"}} although a second factor is due, leaving
     * accountLogin to ask for it ({@code hsaChallengeRequired}); icloudpd's recorded sign-ins go this way.
     */
    public synchronized boolean challengeAfter200() { return challengeAfter200; }
    public synchronized FakeAccount challengeAfter200(boolean on) { challengeAfter200 = on; return this; }

    public synchronized byte[] salt() { return salt.clone(); }
    /** The SRP salt; its first byte must not be zero (pysrp drops leading zero bytes, docs/protocol/sign-in.md §3). */
    public synchronized FakeAccount salt(byte[] s) {
        if (s.length == 0 || s[0] == 0) throw new IllegalArgumentException("the salt must be non-empty and start with a non-zero byte");
        salt = s.clone();
        verifier = null;
        return this;
    }

    /** The SRP verifier for the current protocol, salt and iteration count (computed once per change). */
    public synchronized SrpVerifier srpVerifier() {
        if (verifier == null || !verifier.protocol().equals(protocol) || verifier.iterations() != iterations) {
            verifier = SrpVerifier.of(password, protocol, salt, iterations);
        }
        return verifier;
    }

    private static byte[] randomSalt() {
        byte[] s = new byte[16];
        SecureRandom random = new SecureRandom();
        do {
            random.nextBytes(s);
        } while (s[0] == 0);
        return s;
    }
}

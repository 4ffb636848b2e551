package dev.orchard.fake.auth;

import dev.orchard.fake.auth.srp.SrpChallenge;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One sign-in, from signin/init on: its SRP challenge, the identifiers Apple hands out for it (session id,
 * scnt, aasp, session tokens), its stage and the second-factor state. Guarded by its own lock.
 */
public final class LoginAttempt {
    private final FakeAccount account;
    private final String accountName;
    private final SrpChallenge challenge;
    private final BigInteger clientPublic;
    private final String c;
    private final String sessionId;
    private final String oauthState;
    private final Instant created;
    private final String authAttributes = Tokens.base64(96);
    private final Set<String> sessionTokens = ConcurrentHashMap.newKeySet();
    private String scnt = newScnt();
    private String aasp;
    private LoginStage stage = LoginStage.INIT;
    private TrustStore.Grant secondFactor;
    private String trustToken;
    private Delivery pending;
    private Instant lastSeen;

    LoginAttempt(FakeAccount account, String accountName, SrpChallenge challenge, BigInteger clientPublic,
                 String oauthState, Instant now) {
        this.account = account;
        this.accountName = accountName;
        this.challenge = challenge;
        this.clientPublic = clientPublic;
        this.oauthState = oauthState;
        this.c = "d-" + Tokens.hex(4) + "-" + Tokens.hex(16) + ":MSA";
        this.sessionId = Tokens.hex(32);
        this.created = now;
        this.lastSeen = now;
    }

    /** The account, or null when signin/init named an unknown Apple ID (it will fail at complete). */
    public FakeAccount account() { return account; }
    public String accountName() { return accountName; }
    public SrpChallenge challenge() { return challenge; }
    public BigInteger clientPublic() { return clientPublic; }
    public String c() { return c; }
    public String sessionId() { return sessionId; }
    /** The X-Apple-OAuth-State sent with signin/init, or null. */
    public String oauthState() { return oauthState; }
    public Instant created() { return created; }
    public String authAttributes() { return authAttributes; }

    public synchronized String scnt() { return scnt; }

    /** Issues the next scnt; Apple rotates it on every response. */
    public synchronized String rotateScnt() {
        scnt = newScnt();
        return scnt;
    }

    public synchronized String aasp() { return aasp; }
    synchronized void aasp(String value) { aasp = value; }

    public synchronized LoginStage stage() { return stage; }
    public synchronized void stage(LoginStage s) { stage = s; }

    /** The second-factor check of this login, or null. */
    public synchronized TrustStore.Grant secondFactor() { return secondFactor; }
    public synchronized void secondFactor(TrustStore.Grant g) { secondFactor = g; }

    /** The trust token this login obtained (via 2sv/trust) or signed in with, or null. */
    public synchronized String trustToken() { return trustToken; }
    public synchronized void trustToken(String t) { trustToken = t; }

    public synchronized Delivery pending() { return pending; }
    public synchronized void pending(Delivery d) { pending = d; }

    public synchronized Instant lastSeen() { return lastSeen; }
    public synchronized void touch(Instant now) { lastSeen = now; }

    Set<String> sessionTokens() { return sessionTokens; }

    private static String newScnt() {
        return "AQAAAAE" + Tokens.base64(60);
    }
}

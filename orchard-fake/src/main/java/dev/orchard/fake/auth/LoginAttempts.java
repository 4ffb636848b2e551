package dev.orchard.fake.auth;

import dev.orchard.fake.auth.srp.SrpChallenge;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-ins in progress or done, found by the values clients echo: {@code c} at signin/complete, and the
 * X-Apple-ID-Session-Id header afterwards, which may carry the session id, any session token of the login or
 * its aasp cookie (clients disagree, docs/protocol/sign-in.md §2). accountLogin finds a login by its session token.
 */
public final class LoginAttempts {
    /** How long the idmsa half of a sign-in stays usable after its last request. */
    static final Duration IDMSA_IDLE = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, LoginAttempt> byC = new ConcurrentHashMap<>();
    private final Map<String, LoginAttempt> byIdentifier = new ConcurrentHashMap<>();
    private final Map<String, LoginAttempt> bySessionToken = new ConcurrentHashMap<>();

    public LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public LoginAttempt start(FakeAccount account, String accountName, SrpChallenge challenge, BigInteger clientPublic,
                              String oauthState) {
        prune();
        LoginAttempt login = new LoginAttempt(account, accountName, challenge, clientPublic, oauthState, clock.instant());
        byC.put(login.c(), login);
        byIdentifier.put(login.sessionId(), login);
        return login;
    }

    /** The login a signin/complete names by {@code c}, once only. */
    public LoginAttempt takeByC(Object c) {
        LoginAttempt login = c == null ? null : byC.remove(c.toString());
        return login != null && idmsaAlive(login) ? login : null;
    }

    /** The live login an X-Apple-ID-Session-Id header names, or null. */
    public LoginAttempt bySessionHeader(String value) {
        LoginAttempt login = value == null ? null : byIdentifier.get(value);
        return login != null && idmsaAlive(login) ? login : null;
    }

    /** Issues a new X-Apple-Session-Token for {@code login}. */
    public String issueSessionToken(LoginAttempt login) {
        String token = "AAAA" + Tokens.base64(300);
        login.sessionTokens().add(token);
        byIdentifier.put(token, login);
        bySessionToken.put(token, login);
        return token;
    }

    /** Issues the aasp cookie value for {@code login} (once). */
    public String issueAasp(LoginAttempt login) {
        synchronized (login) {
            if (login.aasp() == null) {
                login.aasp(Tokens.hex(40));
                byIdentifier.put(login.aasp(), login);
            }
            return login.aasp();
        }
    }

    /** The login behind a dsWebAuthToken, while younger than the account's session lifetime; null otherwise. */
    public LoginAttempt bySessionToken(String token) {
        LoginAttempt login = token == null ? null : bySessionToken.get(token);
        return login == null || tokensExpired(login, clock.instant()) ? null : login;
    }

    private boolean idmsaAlive(LoginAttempt login) {
        Instant now = clock.instant();
        if (idle(login, now)) return false;
        login.touch(now);
        return true;
    }

    private void prune() {
        Instant now = clock.instant();
        byC.values().removeIf(l -> idle(l, now));
        bySessionToken.values().removeIf(l -> tokensExpired(l, now));
        byIdentifier.values().removeIf(l -> idle(l, now));
    }

    private static boolean idle(LoginAttempt l, Instant now) {
        return now.isAfter(l.lastSeen().plus(IDMSA_IDLE));
    }

    private static boolean tokensExpired(LoginAttempt l, Instant now) {
        return l.account() == null || now.isAfter(l.created().plus(l.account().sessionLifetime()));
    }
}

package dev.orchard.fake.auth;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The fake's sign-in side: Apple's idmsa endpoints (SRP, 2FA, trust), the setup service's session endpoints
 * (accountLogin, validate, logout, the ADP/PCS trio) and the account admin API. Tests reach its state here; the
 * routes ({@code idmsa}, {@code setup}, {@code admin}) read and change it.
 */
public final class FakeAuth {
    private final Clock clock;
    private final Accounts accounts;
    private final WebSessions sessions;
    private final Consumer<String> notices;
    private final LoginAttempts logins;
    private final TrustStore trust;
    private final CodeDelivery codes;
    private volatile boolean requireOAuthState;

    /** {@code notices}: what a person watching the fake should see (a 2FA code "delivered", an approval asked for). */
    public FakeAuth(Clock clock, Accounts accounts, WebSessions sessions, Consumer<String> notices) {
        this.clock = clock;
        this.accounts = accounts;
        this.sessions = sessions;
        this.notices = notices;
        this.logins = new LoginAttempts(clock);
        this.trust = new TrustStore(clock);
        this.codes = new CodeDelivery(notices);
    }

    public Clock clock() { return clock; }
    public Accounts accounts() { return accounts; }
    public WebSessions sessions() { return sessions; }
    public void notice(String message) { notices.accept(message); }
    public LoginAttempts logins() { return logins; }
    public TrustStore trust() { return trust; }
    public CodeDelivery codes() { return codes; }

    /** Whether idmsa calls must carry X-Apple-OAuth-State (off by default: not every client Apple accepts sends it). */
    public boolean requireOAuthState() { return requireOAuthState; }
    public FakeAuth requireOAuthState(boolean on) { requireOAuthState = on; return this; }

    /** The last 2FA code delivered for {@code appleId}, or null when none was. */
    public String lastCode(String appleId) {
        Delivery d = codes.last(accounts.require(appleId));
        return d == null ? null : d.code();
    }

    /** Ends every trust token of the account: its next sign-in needs the second factor again. */
    public void expireTrust(String appleId) {
        trust.expireAll(accounts.require(appleId));
    }

    /**
     * Makes the account's web sessions stale (validate and services answer 421). Session tokens from sign-in stay
     * usable for accountLogin, as Apple's do, until the account's session lifetime runs out.
     */
    public int expireSessions(String appleId) {
        return sessions.expireAll(accounts.require(appleId));
    }
}

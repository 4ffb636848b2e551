package dev.orchard.fake.auth;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.admin.AccountAdmin;
import dev.orchard.fake.auth.idmsa.IdmsaRoutes;
import dev.orchard.fake.auth.setup.SetupRoutes;

/**
 * The fake's sign-in side: Apple's idmsa endpoints (SRP, 2FA, trust), the setup service's session endpoints
 * (accountLogin, validate, logout, the ADP/PCS trio) and the account admin API. Tests reach its state here.
 */
public final class FakeAuth {
    private final FakeICloud fake;
    private final LoginAttempts logins;
    private final TrustStore trust;
    private final CodeDelivery codes;
    private volatile boolean requireOAuthState;

    private FakeAuth(FakeICloud fake) {
        this.fake = fake;
        this.logins = new LoginAttempts(fake.clock());
        this.trust = new TrustStore(fake.clock());
        this.codes = new CodeDelivery(fake::notice);
    }

    /** Creates the module and registers its routes on the fake's router. */
    public static FakeAuth install(FakeICloud fake) {
        FakeAuth auth = new FakeAuth(fake);
        new IdmsaRoutes(auth).register(fake.router());
        new SetupRoutes(auth).register(fake.router());
        new AccountAdmin(auth).register(fake.router());
        return auth;
    }

    public FakeICloud fake() { return fake; }
    public LoginAttempts logins() { return logins; }
    public TrustStore trust() { return trust; }
    public CodeDelivery codes() { return codes; }

    /** Whether idmsa calls must carry X-Apple-OAuth-State (off by default: not every client Apple accepts sends it). */
    public boolean requireOAuthState() { return requireOAuthState; }
    public FakeAuth requireOAuthState(boolean on) { requireOAuthState = on; return this; }

    /** The last 2FA code delivered for {@code appleId}, or null when none was. */
    public String lastCode(String appleId) {
        Delivery d = codes.last(fake.account(appleId));
        return d == null ? null : d.code();
    }

    /** Ends every trust token of the account: its next sign-in needs the second factor again. */
    public void expireTrust(String appleId) {
        trust.expireAll(fake.account(appleId));
    }

    /**
     * Makes the account's web sessions stale (validate and services answer 421). Session tokens from sign-in stay
     * usable for accountLogin, as Apple's do, until the account's session lifetime runs out.
     */
    public int expireSessions(String appleId) {
        return fake.sessions().expireAll(fake.account(appleId));
    }
}

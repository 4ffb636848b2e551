package dev.orchard.fake.auth.idmsa;

import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.http.Router;

/** Apple's IDMS auth service ("idmsa", {@code https://idmsa.apple.com/appleauth/auth/...}). */
public final class IdmsaRoutes {
    static final String BASE = "/appleauth/auth";

    private final FakeAuth auth;

    public IdmsaRoutes(FakeAuth auth) {
        this.auth = auth;
    }

    public void register(Router r) {
        IdmsaGate gate = new IdmsaGate(auth.logins(), auth::requireOAuthState);
        new SigninRoutes(auth, gate).register(r);
        new SecondFactorRoutes(auth, gate).register(r);
    }
}

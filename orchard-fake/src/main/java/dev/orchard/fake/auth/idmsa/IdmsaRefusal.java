package dev.orchard.fake.auth.idmsa;

import dev.orchard.fake.auth.LoginAttempt;

/**
 * Ends an idmsa request with an error status and a camelCase {@code serviceErrors} body. Codes that start
 * with "fake." are the fake's own: it requires things Apple is observed to check (docs/protocol/sign-in.md §7) and says so.
 */
final class IdmsaRefusal extends RuntimeException {
    final int status;
    final String code;
    LoginAttempt login;

    IdmsaRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The login the refused request belonged to, so the response still rotates its scnt. */
    IdmsaRefusal about(LoginAttempt l) {
        login = l;
        return this;
    }

    static IdmsaRefusal stale() {
        return new IdmsaRefusal(401, "fake.stale-session",
                "auth session context is stale or unknown; start again with signin/init");
    }

    static IdmsaRefusal missingHeader(String name) {
        return new IdmsaRefusal(400, "fake.missing-header", "request header " + name + " is missing; the fake requires it on this idmsa call");
    }

    static IdmsaRefusal badBody(String what) {
        return new IdmsaRefusal(400, "fake.bad-request", what);
    }
}

package dev.orchard.fake.auth.idmsa;

import dev.orchard.fake.auth.LoginAttempt;
import dev.orchard.fake.auth.LoginAttempts;
import dev.orchard.fake.http.Exchange;

import java.util.function.BooleanSupplier;

/**
 * The request checks of idmsa calls. Widget key on every call; after signin/complete also {@code scnt} (the
 * latest one issued) and {@code X-Apple-ID-Session-Id}. X-Apple-OAuth-State must keep the value
 * signin/init carried; it is only demanded outright when {@code requireOAuthState} is on, because
 * icloud-photos-sync never sends it and Apple accepts that client.
 */
final class IdmsaGate {
    static final String WIDGET_KEY = "d39ba9916b7251055b22c7f910e2ea796ee65e98b2ddecea8f5dde8d9d1a815d";

    private final LoginAttempts logins;
    private final BooleanSupplier requireOAuthState;

    IdmsaGate(LoginAttempts logins, BooleanSupplier requireOAuthState) {
        this.logins = logins;
        this.requireOAuthState = requireOAuthState;
    }

    void widgetKey(Exchange ex) {
        String key = ex.header("X-Apple-Widget-Key");
        if (key == null) throw IdmsaRefusal.missingHeader("X-Apple-Widget-Key");
        if (!WIDGET_KEY.equals(key)) {
            throw new IdmsaRefusal(400, "fake.unknown-widget-key", "X-Apple-Widget-Key is not the iCloud.com web client key");
        }
    }

    /** Checks of signin/init; returns the OAuth state to remember. */
    String init(Exchange ex) {
        widgetKey(ex);
        String state = ex.header("X-Apple-OAuth-State");
        if (state == null && requireOAuthState.getAsBoolean()) throw IdmsaRefusal.missingHeader("X-Apple-OAuth-State");
        return state;
    }

    /**
     * Checks of signin/complete, whose login is named by {@code c} in the body. scnt and the session id are not
     * checked here: icloudpd builds this request's headers before signin/init answers, so it sends none on a first
     * sign-in and the previous sign-in's on later ones, and Apple accepts that.
     */
    void complete(Exchange ex, LoginAttempt login) {
        widgetKey(ex);
        oauthState(ex, login);
    }

    /** Checks of every call after signin/complete; returns the login the session header names. */
    LoginAttempt afterComplete(Exchange ex) {
        widgetKey(ex);
        String sessionId = ex.header("X-Apple-ID-Session-Id");
        if (sessionId == null) throw IdmsaRefusal.missingHeader("X-Apple-ID-Session-Id");
        if (ex.header("scnt") == null) throw IdmsaRefusal.missingHeader("scnt");
        LoginAttempt login = logins.bySessionHeader(sessionId);
        if (login == null || login.account() == null) throw IdmsaRefusal.stale();
        scntAndState(ex, login);
        return login;
    }

    private void scntAndState(Exchange ex, LoginAttempt login) {
        if (!ex.header("scnt").equals(login.scnt())) {
            throw new IdmsaRefusal(401, "fake.stale-scnt",
                    "scnt is not the latest one issued for this sign-in (Apple rotates it on every response)").about(login);
        }
        oauthState(ex, login);
    }

    private void oauthState(Exchange ex, LoginAttempt login) {
        String state = ex.header("X-Apple-OAuth-State");
        if (state == null && (login.oauthState() != null || requireOAuthState.getAsBoolean())) {
            throw IdmsaRefusal.missingHeader("X-Apple-OAuth-State").about(login);
        }
        if (state != null && login.oauthState() != null && !state.equals(login.oauthState())) {
            throw new IdmsaRefusal(400, "fake.oauth-state-changed",
                    "X-Apple-OAuth-State differs from the one sent with signin/init").about(login);
        }
    }
}

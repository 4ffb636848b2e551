package dev.orchard.fake.auth.setup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.auth.LoginAttempt;
import dev.orchard.fake.auth.LoginStage;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.auth.Tokens;
import dev.orchard.fake.auth.TrustStore;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.http.SetCookie;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The setup service's session endpoints (docs/protocol/sign-in.md §5): accountLogin in its two modes (second factor still
 * outstanding: partial cookies and {@code hsaChallengeRequired}; signed in: a web session and the full cookie
 * set), validate (re-setting the seven cookies Apple re-sets), logout, and the ADP trio in {@link PcsRoutes}. Bodies are JSON whatever the Content-Type.
 */
public final class SetupRoutes {
    static final String BASE = "/setup/ws/1";

    private final FakeAuth auth;
    private final Map<String, String> trustTokenOfSession = new ConcurrentHashMap<>();

    public SetupRoutes(FakeAuth auth) {
        this.auth = auth;
    }

    public void register(Router r) {
        r.post(BASE + "/accountLogin", this::accountLogin);
        r.post(BASE + "/validate", this::validate);
        r.post(BASE + "/logout", this::logout);
        new PcsRoutes(auth).register(r);
    }

    private void accountLogin(Exchange ex) {
        JsonNode body = ex.json();
        LoginAttempt login = auth.logins().bySessionToken(Json.text(body, "dsWebAuthToken"));
        if (login == null || login.stage() == LoginStage.REJECTED || login.stage() == LoginStage.REPAIR
                || login.stage() == LoginStage.INIT) {
            SetupReplies.stale(ex);
            return;
        }
        FakeAccount account = login.account();
        if (account.domainToUse() != null) {
            ex.json(200, Json.object().put("domainToUse", account.domainToUse()));
            return;
        }
        TrustStore trust = auth.trust();
        String trustToken = Json.text(body, "trustToken");
        TrustStore.Grant trusted = trust.byToken(account, trustToken);
        if (trusted == null) {
            trustToken = login.trustToken();
            trusted = trust.byToken(account, trustToken);
        }
        boolean oneFactor = account.mfaPolicy() == MfaPolicy.NONE || account.mfaPolicy() == MfaPolicy.REPAIR;
        boolean signedIn = login.stage() == LoginStage.AUTHENTICATED
                && (oneFactor || trusted != null || trust.valid(login.secondFactor()));
        if (!signedIn) {
            partialCookies(ex, account);
            ex.json(200, AccountLoginBody.of(ex, account, false, true));
            return;
        }
        Instant now = auth.clock().instant();
        Instant trustExpires = trusted != null ? trust.expiry(trusted) : oneFactor ? now.plus(account.trustLifetime()) : null;
        WebSession session = auth.sessions().open(account, trustExpires);
        if (trusted != null) trustTokenOfSession.put(session.token(), trustToken);
        auth.sessions().cookiesFor(ex, session).forEach(ex::cookie);
        ex.json(200, AccountLoginBody.of(ex, account, trustExpires != null, false));
    }

    /** What accountLogin sets while the second factor is outstanding: no X-APPLE-WEBAUTH-TOKEN. */
    private static void partialCookies(Exchange ex, FakeAccount account) {
        String domain = PublicUrls.icloudCookieDomain(ex);
        ex.cookie(SetCookie.of("X-APPLE-WEBAUTH-HSA-LOGIN", "\"v=2:t=" + Tokens.base64(32) + "\"", domain));
        ex.cookie(SetCookie.of("X-APPLE-WEBAUTH-USER", "\"v=1:s=0:d=" + account.dsid() + "\"", domain));
        ex.cookie(SetCookie.of("X-APPLE-UNIQUE-CLIENT-ID", "\"" + UUID.randomUUID() + "\"", domain));
    }

    private void validate(Exchange ex) {
        ex.json();
        WebSession s = SetupReplies.session(auth.sessions(), ex);
        if (s == null) return;
        Instant now = auth.clock().instant();
        boolean trusted = s.trustExpires() != null && now.isBefore(s.trustExpires());
        auth.sessions().validateCookies(ex, s).forEach(ex::cookie);
        ex.json(200, AccountLoginBody.of(ex, s.account(), trusted, false));
    }

    private void logout(Exchange ex) {
        JsonNode body = ex.json();
        WebSession s = SetupReplies.session(auth.sessions(), ex);
        if (s == null) return;
        auth.sessions().revoke(s);
        String trustToken = trustTokenOfSession.remove(s.token());
        if (!body.path("trustBrowser").asBoolean(false)) auth.trust().revoke(trustToken);
        if (body.path("allBrowsers").asBoolean(false)) auth.sessions().expireAll(s.account());
        ex.json(200, Json.object().put("success", true));
    }
}

package dev.orchard.icloud.auth;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.http.Json;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.json.Jsons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.orchard.fake.FakeConfig.DEMO_APPLE_ID;
import static dev.orchard.fake.FakeConfig.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link SignIn#signInTrustingStored}: no request while the stored session looks alive, a checked sign-in when Apple disagrees. */
class SignInTrustingStoredTest {
    private static final String VALIDATE = "/setup/ws/1/validate";
    private static final String ACCOUNT_LOGIN = "/setup/ws/1/accountLogin";
    private static final String SIGNIN_INIT = "/appleauth/auth/signin/init";

    @TempDir
    Path state;
    FakeICloud fake;
    FakeAccount account;
    SignInHarness h;
    String needsSession;

    @BeforeEach
    void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
        account = fake.account(DEMO_APPLE_ID);
        h = new SignInHarness(fake, state, DEMO_APPLE_ID);
        needsSession = fake.baseUrl() + "/_test/needs-session";
        fake.router().post("/_test/needs-session", ex -> {
            if (fake.sessions().require(ex) != null) ex.json(Json.object().put("ok", true));
        });
        h.signIn(DEMO_PASSWORD).close();
        h.events.clear();
        fake.stats().reset();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ApiResponse callService(ICloudSession s) {
        return s.send(ApiRequest.post(needsSession).json(Jsons.object()).build(), RetryPolicy.NONE);
    }

    @Test
    void aStoredSessionThatLooksAliveCostsNoRequest() {
        try (ICloudSession s = h.signIn(DEMO_PASSWORD, true)) {
            assertThat(fake.stats().total()).isZero();
            assertThat(h.lastMethod()).isEqualTo("STORED_COOKIES_UNCHECKED");
            assertThat(s.account().dsid()).isEqualTo(account.dsid());
            assertThat(s.serviceUrl("ckdatabasews")).startsWith(fake.baseUrl());
            assertThat(callService(s).status()).isEqualTo(200);
        }
        assertThat(fake.stats().total()).isEqualTo(1);
    }

    @Test
    void theCheckedSignInStillAsksApple() {
        h.signIn(DEMO_PASSWORD, false).close();
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
        assertThat(fake.stats().countPath(VALIDATE)).isEqualTo(1);
    }

    @Test
    void theFakeAnswers421OnCookiesItExpired() {
        fake.sessions().expireAll(account);
        try (HttpTransport http = h.newTransport()) {
            http.cookies().replaceAll(h.store().loadCookies());
            assertThat(http.cookies().find("X-APPLE-WEBAUTH-TOKEN")).as("the cookie still looks valid to the client").isPresent();
            ApiResponse r = http.send(ApiRequest.post(needsSession).json(Jsons.object()).build(), RetryPolicy.NONE);
            assertThat(r.status()).isEqualTo(421);
        }
    }

    @Test
    void aSessionAppleDroppedIsRenewedOnceCheckedWithTheStoredTokens() {
        fake.sessions().expireAll(account);
        int prompts = h.prompts.size();
        try (ICloudSession s = h.signIn(DEMO_PASSWORD, true)) {
            assertThat(h.lastMethod()).isEqualTo("STORED_COOKIES_UNCHECKED");
            assertThat(callService(s).status()).isEqualTo(200);
        }
        assertThat(h.lastMethod()).isEqualTo("STORED_TOKENS");
        assertThat(fake.stats().countPath("/_test/needs-session")).as("refused once, replayed once").isEqualTo(2);
        assertThat(fake.stats().countPath(VALIDATE)).isEqualTo(1);
        assertThat(fake.stats().countPath(ACCOUNT_LOGIN)).isEqualTo(1);
        assertThat(fake.stats().countPath(SIGNIN_INIT)).isZero();
        assertThat(h.events).doesNotContain("password");
        assertThat(h.prompts).hasSize(prompts);
    }

    @Test
    void aServiceThatKeepsRefusingGetsOneCheckedSignInAndNoLoop() {
        fake.router().post("/_test/always-421", ex -> ex.json(421, Json.object().put("reason", "no")));
        try (ICloudSession s = h.signIn(DEMO_PASSWORD, true)) {
            ApiResponse r = s.send(ApiRequest.post(fake.baseUrl() + "/_test/always-421").json(Jsons.object()).build(), RetryPolicy.NONE);
            assertThat(r.status()).isEqualTo(421);
        }
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
        assertThat(fake.stats().countPath("/_test/always-421")).isEqualTo(2);
        assertThat(fake.stats().countPath(VALIDATE)).isEqualTo(1);
    }

    @Test
    void anExpiredCookieInTheJarTakesTheCheckedPath() {
        fake.clock().advance(account.sessionLifetime().plusHours(1));
        try (ICloudSession s = h.signIn(DEMO_PASSWORD, true)) {
            assertThat(callService(s).status()).isEqualTo(200);
        }
        assertThat(h.events).doesNotContain("signed-in:STORED_COOKIES_UNCHECKED");
        assertThat(h.lastMethod()).isIn("STORED_TOKENS", "PASSWORD");
        assertThat(fake.stats().countPath("/_test/needs-session")).isEqualTo(1);
    }

    @Test
    void aMissingPcsCookieTakesTheCheckedPath() {
        h.store().saveCookies(h.store().loadCookies().stream().filter(c -> !c.name().equals("X-APPLE-WEBAUTH-PCS-Photos")).toList());
        h.signIn(DEMO_PASSWORD, true).close();
        assertThat(h.events).doesNotContain("signed-in:STORED_COOKIES_UNCHECKED");
        assertThat(fake.stats().countPath(VALIDATE)).isEqualTo(1);
    }

    @Test
    void withoutAStoredWebservicesMapTheSessionIsChecked() {
        h.store().saveSession(h.store().loadSession().orElseThrow().withAccount(null, null, null));
        h.signIn(DEMO_PASSWORD, true).close();
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
    }
}

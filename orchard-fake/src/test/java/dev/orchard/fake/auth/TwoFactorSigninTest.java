package dev.orchard.fake.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path: 409, device code, trust, accountLogin; then the trusted browser, and trust running out. */
class TwoFactorSigninTest extends FakeAuthFixture {

    @ParameterizedTest
    @EnumSource(Route.class)
    void deviceCodeThenTrustThenAccountLogin(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);

        TestResponse complete = c.signIn(a.appleId(), PASSWORD);
        assertThat(complete.status()).isEqualTo(409);
        assertThat(complete.json().get("authType").asText()).isEqualTo("hsa2");
        assertThat(complete.header("X-Apple-Session-Token")).isNotBlank();
        assertThat(complete.header("X-Apple-ID-Session-Id")).isNotBlank();
        assertThat(complete.header("X-Apple-ID-Account-Country")).isEqualTo("USA");
        assertThat(complete.header("X-Apple-TwoSV-Trust-Eligible")).isEqualTo("true");
        assertThat(complete.header("X-Apple-I-Rscd")).isEqualTo("409");
        assertThat(complete.header("X-Apple-Auth-Attributes")).isNotBlank();
        assertThat(complete.cookies()).filteredOn(s -> s.startsWith("aasp=")).hasSize(1);

        String code = fake.auth().lastCode(a.appleId());
        assertThat(code).matches("\\d{6}");
        assertThat(notices).contains("2FA code for " + a.appleId() + " via device: " + code);

        TestResponse untrusted = c.accountLogin();
        assertThat(untrusted.status()).isEqualTo(200);
        assertThat(untrusted.json().get("hsaTrustedBrowser").asBoolean()).isFalse();
        assertThat(untrusted.json().get("hsaChallengeRequired").asBoolean()).isTrue();
        assertThat(untrusted.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isFalse();

        TestResponse verified = c.verifyDeviceCode(code);
        assertThat(verified.status()).isEqualTo(204);
        assertThat(verified.header("X-Apple-Session-Token")).isNotBlank();

        TestResponse trusted = c.trust();
        assertThat(trusted.status()).isEqualTo(204);
        assertThat(c.trustToken).startsWith("HSARMTKNSRVXWFla");
        assertThat(trusted.header("X-Apple-Session-Token")).isEqualTo(c.sessionToken);

        TestResponse login = c.accountLogin();
        assertThat(login.status()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(body.get("hsaTrustedBrowser").asBoolean()).isTrue();
        assertThat(body.get("hsaChallengeRequired").asBoolean()).isFalse();
        assertThat(body.path("dsInfo").path("dsid").asText()).isEqualTo(a.dsid());
        assertThat(body.path("dsInfo").path("hsaVersion").asInt()).isEqualTo(2);
        assertThat(body.path("dsInfo").path("isWebAccessAllowed").asBoolean()).isTrue();
        assertThat(body.has("domainToUse")).isFalse();
        assertThat(body.path("webservices").path("ckdatabasews").path("status").asText()).isEqualTo("active");
        String ckUrl = body.path("webservices").path("ckdatabasews").path("url").asText();
        assertThat(ckUrl).isEqualTo(route == Route.TUNNEL ? "https://p61-ckdatabasews.icloud.com:443" : fake.baseUrl());
        assertThat(login.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isTrue();
        assertThat(login.setsCookie("X-APPLE-WEBAUTH-HSA-TRUST")).isTrue();
        assertThat(login.setsCookie(WebSessions.PCS_PHOTOS)).isTrue();
        String tokenCookie = login.cookies().stream().filter(s -> s.startsWith("X-APPLE-WEBAUTH-TOKEN=")).findFirst().orElseThrow();
        assertThat(tokenCookie.contains("Domain=.icloud.com")).isEqualTo(route == Route.TUNNEL);

        assertThat(c.setup("validate", "null").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aTrustedBrowserSignsInWithoutTwoFactor(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient first = client(route);
        signInWithTwoFactor(first, a);

        TestClient again = first.freshWithTrust();
        TestResponse complete = again.signIn(a.appleId(), PASSWORD);
        assertThat(complete.status()).isEqualTo(200);
        assertThat(complete.json().get("authType").asText()).isEqualTo("hsa2");
        TestResponse login = again.accountLogin();
        assertThat(login.json().get("hsaTrustedBrowser").asBoolean()).isTrue();
        assertThat(login.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void trustRunsOutOnTheFakeClock(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).trustLifetime(Duration.ofDays(2)).sessionLifetime(Duration.ofDays(1));
        TestClient first = client(route);
        signInWithTwoFactor(first, a);
        assertThat(first.freshWithTrust().signIn(a.appleId(), PASSWORD).status()).isEqualTo(200);

        fake.clock().advance(Duration.ofDays(3));
        TestClient later = first.freshWithTrust();
        assertThat(later.signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
        assertThat(first.setup("validate", "null").status()).isEqualTo(421);
        assertThat(first.accountLogin().status()).isEqualTo(421);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void expiringTrustAsksForTheSecondFactorAgain(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient first = client(route);
        signInWithTwoFactor(first, a);
        fake.auth().expireTrust(a.appleId());
        assertThat(first.freshWithTrust().signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void staleCookiesThenAccountLoginWithTheStoredTokensNeedsNoSecondFactor(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        signInWithTwoFactor(c, a);
        assertThat(c.accountLogin().status()).isEqualTo(200);
        assertThat(c.setup("validate", "").status()).isEqualTo(200);

        assertThat(fake.auth().expireSessions(a.appleId())).isEqualTo(1);
        TestResponse stale = c.setup("validate", "null");
        assertThat(stale.status()).isEqualTo(421);
        assertThat(stale.json().get("error").asText()).isEqualTo("Failed to validate the credentials from cookie");

        TestResponse login = c.accountLogin();
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("hsaTrustedBrowser").asBoolean()).isTrue();
        assertThat(c.setup("validate", "null").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void scntRotatesOnEveryResponseAndOnlyTheLatestIsAccepted(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        String afterComplete = c.scnt;
        assertThat(c.idmsa("GET", "", null).status()).isEqualTo(200);
        assertThat(c.scnt).isNotEqualTo(afterComplete);

        c.scnt = afterComplete;
        TestResponse stale = c.verifyDeviceCode(fake.auth().lastCode(a.appleId()));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().at("/serviceErrors/0/code").asText()).isEqualTo("fake.stale-scnt");
        assertThat(c.verifyDeviceCode(fake.auth().lastCode(a.appleId())).status()).isEqualTo(204);
    }
}

package dev.orchard.fake.auth;

import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** signin/complete's other outcomes (docs/protocol/sign-in.md §3) and the request checks of the idmsa calls. */
class SigninOutcomesTest extends FakeAuthFixture {

    @ParameterizedTest
    @EnumSource(Route.class)
    void wrongPasswordIs401WithMinus20101(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestResponse r = client(route).signIn(a.appleId(), "not the password");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().at("/serviceErrors/0/code").asText()).isEqualTo("-20101");
        assertThat(r.header("X-Apple-I-Rscd")).isEqualTo("401");
        assertThat(r.header("X-Apple-Session-Token")).isNull();
        assertThat(fake.auth().lastCode(a.appleId())).isNull();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void unknownAccountsGetAChallengeAndThenTheSame401(Route route) {
        TestClient c = client(route);
        TestResponse r = c.signIn("nobody@example.com", PASSWORD);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().at("/serviceErrors/0/code").asText()).isEqualTo("-20101");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void lockedAccountIs403WithMinus20209(Route route) {
        FakeAccount a = account(MfaPolicy.LOCKED);
        TestResponse r = client(route).signIn(a.appleId(), PASSWORD);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().at("/serviceErrors/0/code").asText()).isEqualTo("-20209");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void repairIs412ThenRepairCompleteThenAccountLogin(Route route) {
        FakeAccount a = account(MfaPolicy.REPAIR);
        TestClient c = client(route);
        TestResponse r = c.signIn(a.appleId(), PASSWORD);
        assertThat(r.status()).isEqualTo(412);
        assertThat(r.json().get("authType").asText()).isEqualTo("sa");
        assertThat(c.accountLogin().status()).isEqualTo(421);

        assertThat(c.idmsa("POST", "/repair/complete", "{}").status()).isEqualTo(200);
        TestResponse login = c.accountLogin();
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().at("/dsInfo/hsaVersion").asInt()).isZero();
        assertThat(login.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void noSecondFactorPolicyAnswers200(Route route) {
        FakeAccount a = account(MfaPolicy.NONE);
        TestClient c = client(route);
        assertThat(c.signIn(a.appleId(), PASSWORD).status()).isEqualTo(200);
        assertThat(c.accountLogin().json().get("hsaTrustedBrowser").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void rcloneStyleProofsAndLowercasedNamesAreAccepted(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).protocol("s2k_fo");
        TestClient c = client(route);
        c.rcloneStyle = true;
        assertThat(c.signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void sessionIdHeaderMayCarryTheSessionTokenOrTheAaspCookie(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        c.sessionId = c.sessionToken;
        assertThat(c.idmsa("GET", "", null).status()).isEqualTo(200);
        c.sessionId = c.cookies.get("aasp");
        assertThat(c.idmsa("GET", "", null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void callsAfterCompleteNeedScntSessionIdAndWidgetKey(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        String scnt = c.scnt;
        c.scnt = null;
        TestResponse r = c.idmsa("GET", "", null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/serviceErrors/0/code").asText()).isEqualTo("fake.missing-header");
        assertThat(r.json().at("/serviceErrors/0/message").asText()).contains("scnt");

        c.scnt = scnt;
        String sessionId = c.sessionId;
        c.sessionId = "not-a-session";
        assertThat(c.idmsa("GET", "", null).json().at("/serviceErrors/0/code").asText()).isEqualTo("fake.stale-session");
        c.sessionId = sessionId;
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void oauthStateIsOptionalUnlessRequiredButMayNotChange(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        assertThat(c.send(c.idmsaWithoutState("/signin/init")).status()).isEqualTo(200);
        fake.auth().requireOAuthState(true);
        try {
            TestResponse r = c.send(c.idmsaWithoutState("/signin/init"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().at("/serviceErrors/0/message").asText()).contains("X-Apple-OAuth-State");
        } finally {
            fake.auth().requireOAuthState(false);
        }

        assertThat(c.signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
        c.oauthState = "auth-another-state";
        assertThat(c.idmsa("GET", "", null).json().at("/serviceErrors/0/code").asText()).isEqualTo("fake.oauth-state-changed");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void legacyPlainPasswordSigninRefusesAWrongPasswordInside200AndSignsNobodyIn(Route route) {
        FakeAccount a = account(MfaPolicy.NONE);
        TestResponse wrong = client(route).idmsa("POST", "/signin?isRememberMeEnabled=true",
                Json.object().put("accountName", a.appleId()).put("password", "not the password"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.json().isObject() && wrong.json().isEmpty()).as(wrong.text()).isTrue();
        assertThat(wrong.raw().headers().allValues("X-Apple-I-Rscd")).containsExactly("401");
        assertThat(wrong.header("X-Apple-Session-Token")).isNull();
        TestResponse unknown = client(route).idmsa("POST", "/signin?isRememberMeEnabled=true",
                Json.object().put("accountName", "x@example.com").put("password", "p"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.header("X-Apple-I-Rscd")).isEqualTo("401");

        TestResponse right = client(route).idmsa("POST", "/signin?isRememberMeEnabled=true",
                Json.object().put("accountName", a.appleId()).put("password", PASSWORD));
        assertThat(right.status()).isEqualTo(503);
        assertThat(right.header("X-Apple-Session-Token")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aSecondFactorCanBeAskedByAccountLoginAfterA200(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).challengeAfter200(true);
        TestClient c = client(route);
        TestResponse complete = c.signIn(a.appleId(), PASSWORD);
        assertThat(complete.status()).isEqualTo(200);
        assertThat(complete.json().get("auth_type").asText()).isEqualTo("hsa2");
        TestResponse untrusted = c.accountLogin();
        assertThat(untrusted.json().get("hsaChallengeRequired").asBoolean()).isTrue();
        assertThat(untrusted.json().get("hsaTrustedBrowser").asBoolean()).isFalse();
        assertThat(untrusted.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isFalse();

        assertThat(c.verifyDeviceCode(fake.auth().lastCode(a.appleId())).status()).isEqualTo(204);
        assertThat(c.trust().status()).isEqualTo(204);
        TestResponse trusted = c.accountLogin();
        assertThat(trusted.json().get("hsaTrustedBrowser").asBoolean()).isTrue();
        assertThat(trusted.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void throttledInitRecovers(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        fake.faults().add(FaultRule.status(ServiceGroup.AUTH, 503, 30, 1));
        try {
            TestResponse throttled = client(route).signIn(a.appleId(), PASSWORD);
            assertThat(throttled.status()).isEqualTo(503);
            assertThat(throttled.header("Retry-After")).isEqualTo("30");
            assertThat(client(route).signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
        } finally {
            fake.faults().clear();
        }
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void warmUpsAnswerLikeTheBrowserFlow(Route route) {
        TestClient c = client(route);
        TestResponse page = c.send(c.get(c.url("idmsa.apple.com", "/appleauth/auth/authorize/signin?frame_id=x&skVersion=7")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(c.idmsa("POST", "/federate?isRememberMeEnabled=true",
                Json.object().put("accountName", "x@example.com").put("rememberMe", true)).status()).isEqualTo(200);
    }
}

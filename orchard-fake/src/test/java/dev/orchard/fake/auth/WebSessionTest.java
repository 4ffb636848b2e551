package dev.orchard.fake.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The setup service's side (docs/protocol/sign-in.md §5): accountLogin variants, logout, and ADP's device approval. */
class WebSessionTest extends FakeAuthFixture {

    @ParameterizedTest
    @EnumSource(Route.class)
    void unknownSessionTokensAre421(Route route) {
        TestClient c = client(route);
        c.sessionToken = "made-up";
        TestResponse r = c.accountLogin();
        assertThat(r.status()).isEqualTo(421);
        assertThat(r.json().get("success").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void adpReleasesPcsCookiesOnceTheDeviceApprovesAfterNPolls(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).adp(true).adpApproveAfterPolls(2);
        TestClient c = client(route);
        signInWithTwoFactor(c, a);
        TestResponse login = c.accountLogin();
        assertThat(login.json().get("iCDPEnabled").asBoolean()).isTrue();
        assertThat(login.json().at("/webservices/ckdatabasews/pcsRequired").asBoolean()).isTrue();
        assertThat(login.setsCookie(WebSessions.PCS_PHOTOS)).isFalse();

        JsonNode state = c.setup("requestWebAccessState", null).json();
        assertThat(state.get("isICDRSDisabled").asBoolean()).isTrue();
        assertThat(state.get("isDeviceConsentedForPCS").asBoolean()).isFalse();
        assertThat(c.setup("enableDeviceConsentForPCS", null).json().get("isDeviceConsentNotificationSent").asBoolean()).isTrue();
        assertThat(notices).anyMatch(n -> n.startsWith("ADP: asked the trusted device of " + a.appleId()));

        String photos = Json.object().put("appName", "photos").put("derivedFromUserAction", true).toString();
        TestResponse notYet = c.setup("requestPCS", photos);
        assertThat(notYet.json().get("status").asText()).isEqualTo("failure");
        assertThat(notYet.json().get("message").asText()).isEqualTo("Cookies not available yet on server.");
        assertThat(notYet.setsCookie(WebSessions.PCS_PHOTOS)).isFalse();

        TestResponse granted = c.setup("requestPCS", photos);
        assertThat(granted.json().get("status").asText()).isEqualTo("success");
        assertThat(granted.setsCookie(WebSessions.PCS_PHOTOS)).isTrue();
        assertThat(granted.setsCookie(WebSessions.PCS_SHARING)).isTrue();
        assertThat(notices).contains("ADP: the trusted device of " + a.appleId() + " approved web access");
        assertThat(c.setup("requestWebAccessState", null).json().get("isDeviceConsentedForPCS").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void requestPcsAloneAsksTheDeviceFirst(Route route) {
        FakeAccount a = account(MfaPolicy.NONE).adp(true).adpApproveAfterPolls(1);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        c.accountLogin();
        String body = Json.object().put("appName", "iclouddrive").toString();
        assertThat(c.setup("requestPCS", body).json().get("message").asText()).isEqualTo("Requested the device to upload cookies.");
        TestResponse granted = c.setup("requestPCS", body);
        assertThat(granted.json().get("status").asText()).isEqualTo("success");
        assertThat(granted.setsCookie(WebSessions.PCS_DOCUMENTS)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void standardAccountsGetPcsAtOnce(Route route) {
        FakeAccount a = account(MfaPolicy.NONE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        c.accountLogin();
        assertThat(c.setup("requestWebAccessState", null).json().get("isICDRSDisabled").asBoolean()).isFalse();
        assertThat(c.setup("requestPCS", "{\"appName\":\"photos\"}").json().get("status").asText()).isEqualTo("success");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void webAccessAndRegionKnobsShowInAccountLogin(Route route) {
        FakeAccount a = account(MfaPolicy.NONE).webAccessAllowed(false);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        assertThat(c.accountLogin().json().at("/dsInfo/isWebAccessAllowed").asBoolean()).isFalse();
        assertThat(c.setup("requestPCS", "{\"appName\":\"photos\"}").json().get("isWebAccessAllowed").asBoolean()).isFalse();

        a.domainToUse("iCloud.com.cn");
        TestResponse wrongRegion = c.accountLogin();
        assertThat(wrongRegion.status()).isEqualTo(200);
        assertThat(wrongRegion.json().get("domainToUse").asText()).isEqualTo("iCloud.com.cn");
        assertThat(wrongRegion.setsCookie("X-APPLE-WEBAUTH-TOKEN")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void validateAndAccountLoginReSetTheSevenCookiesAndCarryApplesServiceEntries(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        signInWithTwoFactor(c, a);
        List<String> seven = List.of("X-APPLE-WEBAUTH-TOKEN", "X-APPLE-DS-WEB-SESSION-TOKEN", "X-APPLE-WEBAUTH-VALIDATE",
                WebSessions.PCS_DOCUMENTS, WebSessions.PCS_SHARING, "X-APPLE-WEBAUTH-PCS-Notes", "X-APPLE-WEBAUTH-PCS-News");
        TestResponse login = c.accountLogin();
        assertThat(seven).allSatisfy(name -> assertThat(login.setsCookie(name)).as(name).isTrue());
        String session = c.cookies.get("X-APPLE-DS-WEB-SESSION-TOKEN");

        TestResponse validate = c.setup("validate", "null");
        assertThat(validate.status()).isEqualTo(200);
        assertThat(validate.cookies()).hasSize(7);
        assertThat(seven).allSatisfy(name -> assertThat(validate.setsCookie(name)).as(name).isTrue());
        assertThat(c.cookies.get("X-APPLE-DS-WEB-SESSION-TOKEN")).isNotEqualTo(session);

        for (TestResponse r : List.of(login, validate)) {
            JsonNode ws = r.json().get("webservices");
            assertThat(ws.fieldNames()).toIterable().contains("photosupload", "sharedlibrary", "cksharews", "ckdatabasews", "drivews");
            assertThat(ws.at("/photosupload/status").asText()).isEqualTo("active");
            assertThat(r.json().at("/dsInfo/appleIdAliases").isArray()).isTrue();
            assertThat(r.json().at("/dsInfo/appleIdEntries/0/value").asText()).isEqualTo(a.appleId());
        }
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void logoutEndsTheSessionAndKeepsTrustOnlyWhenAsked(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        signInWithTwoFactor(c, a);
        c.accountLogin();
        TestResponse out = c.setup("logout", "{\"trustBrowser\":true,\"allBrowsers\":false}");
        assertThat(out.json().get("success").asBoolean()).isTrue();
        assertThat(c.setup("validate", "null").status()).isEqualTo(421);
        assertThat(c.setup("logout", "{}").status()).isEqualTo(421);
        assertThat(c.freshWithTrust().signIn(a.appleId(), PASSWORD).status()).isEqualTo(200);

        TestClient untrusting = c.freshWithTrust();
        untrusting.signIn(a.appleId(), PASSWORD);
        untrusting.accountLogin();
        assertThat(untrusting.setup("logout", "{\"trustBrowser\":false}").status()).isEqualTo(200);
        assertThat(c.freshWithTrust().signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
    }
}

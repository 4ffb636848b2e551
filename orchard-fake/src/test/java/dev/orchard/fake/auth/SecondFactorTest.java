package dev.orchard.fake.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Auth options, code delivery by every trigger, SMS and voice, wrong codes and the 409-on-success quirk (docs/protocol/sign-in.md §4). */
class SecondFactorTest extends FakeAuthFixture {

    private static ObjectNode phoneCode(int phoneId, String code, String mode) {
        ObjectNode body = Json.object().put("mode", mode);
        body.putObject("phoneNumber").put("id", phoneId);
        body.putObject("securityCode").put("code", code);
        return body;
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void smsOnlyAccountsGetTheirCodeByTextMessage(Route route) {
        FakeAccount a = account(MfaPolicy.SMS_ONLY).autoPushAtChallenge(false);
        TestClient c = client(route);
        assertThat(c.signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);

        JsonNode options = c.idmsa("GET", "", null).json();
        assertThat(options.get("noTrustedDevices").asBoolean()).isTrue();
        assertThat(options.at("/securityCode/length").asInt()).isEqualTo(6);
        assertThat(options.at("/trustedPhoneNumbers/0/lastTwoDigits").asText()).isEqualTo("81");
        assertThat(c.idmsa("PUT", "/verify/trusteddevice/securitycode", null).status()).isEqualTo(412);

        ObjectNode request = Json.object().put("mode", "sms");
        request.putObject("phoneNumber").put("id", 7);
        assertThat(c.idmsa("PUT", "/verify/phone", request).status()).isEqualTo(412);
        request.putObject("phoneNumber").put("id", 1);
        TestResponse sent = c.idmsa("PUT", "/verify/phone", request);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().at("/trustedPhoneNumber/id").asInt()).isEqualTo(1);
        String code = fake.auth().lastCode(a.appleId());
        assertThat(notices).contains("2FA code for " + a.appleId() + " via sms: " + code);

        assertThat(c.verifyDeviceCode(code).status()).isEqualTo(400);
        TestResponse ok = c.idmsa("POST", "/verify/phone/securitycode", phoneCode(1, code, "sms"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().at("/securityCode/valid").asBoolean()).isTrue();
        assertThat(c.trust().status()).isEqualTo(204);
        assertThat(c.accountLogin().json().get("hsaTrustedBrowser").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void voiceCallsDeliverCodesToo(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        ObjectNode request = Json.object().put("mode", "voice");
        request.putObject("phoneNumber").put("id", 1);
        assertThat(c.idmsa("PUT", "/verify/phone", request).json().at("/trustedPhoneNumber/pushMode").asText()).isEqualTo("voice");
        String code = fake.auth().lastCode(a.appleId());
        assertThat(notices).contains("2FA code for " + a.appleId() + " via voice: " + code);
        assertThat(c.idmsa("POST", "/verify/phone/securitycode", phoneCode(1, code, "voice")).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aWrongCodeIs400WithSnakeCaseServiceErrorsThenTheRightOneWorks(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        String code = fake.auth().lastCode(a.appleId());
        TestResponse wrong = c.verifyDeviceCode(code.equals("000000") ? "111111" : "000000");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().at("/service_errors/0/code").asText()).isEqualTo("-21669");
        assertThat(wrong.json().get("hasError").asBoolean()).isTrue();
        assertThat(c.trust().status()).isEqualTo(401);
        assertThat(c.verifyDeviceCode(code).status()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void withoutAutoPushTheClientMustAskForDeliveryByAnyTrigger(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).autoPushAtChallenge(false);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        assertThat(fake.auth().lastCode(a.appleId())).isNull();
        assertThat(c.verifyDeviceCode("123456").status()).isEqualTo(400);

        TestResponse a1 = c.idmsa("PUT", "/verify/trusteddevice/securitycode", null);
        assertThat(a1.status()).isEqualTo(202);
        String first = fake.auth().lastCode(a.appleId());
        TestResponse b = c.idmsa("PUT", "/verify/trusteddevice", null);
        assertThat(b.status()).isEqualTo(202);
        assertThat(b.json().get("trustedDeviceCount").asInt()).isEqualTo(1);
        assertThat(b.json().at("/phoneNumberVerification/trustedPhoneNumbers/0/id").asInt()).isEqualTo(1);
        assertThat(c.idmsa("GET", "/verify/trusteddevice", null).status()).isEqualTo(200);
        String last = fake.auth().lastCode(a.appleId());
        assertThat(notices.stream().filter(n -> n.startsWith("2FA code for " + a.appleId() + " via device"))).hasSize(3);

        if (!first.equals(last)) assertThat(c.verifyDeviceCode(first).status()).isEqualTo(400);
        assertThat(c.verifyDeviceCode(last).status()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aFixedCodeIsUsedForEveryDelivery(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).fixedMfaCode("012345");
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        c.idmsa("PUT", "/verify/trusteddevice/securitycode", null);
        assertThat(fake.auth().lastCode(a.appleId())).isEqualTo("012345");
        assertThat(c.verifyDeviceCode("012345").status()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void theQuirkAnswers409WithANewSessionTokenAndValidTrue(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE).verifyAnswers409(true);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        String before = c.sessionToken;
        TestResponse r = c.verifyDeviceCode(fake.auth().lastCode(a.appleId()));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().at("/securityCode/valid").asBoolean()).isTrue();
        assertThat(r.header("X-Apple-Session-Token")).isNotBlank().isNotEqualTo(before);
        assertThat(c.trust().status()).isEqualTo(204);
        assertThat(c.accountLogin().json().get("hsaTrustedBrowser").asBoolean()).isTrue();

        TestClient sms = client(route);
        sms.signIn(a.appleId(), PASSWORD);
        ObjectNode request = Json.object().put("mode", "sms");
        request.putObject("phoneNumber").put("id", 1);
        sms.idmsa("PUT", "/verify/phone", request);
        TestResponse phone = sms.idmsa("POST", "/verify/phone/securitycode", phoneCode(1, fake.auth().lastCode(a.appleId()), "sms"));
        assertThat(phone.status()).isEqualTo(409);
        assertThat(phone.json().at("/securityCode/valid").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void authOptionsAreTheHtmlPageUnlessJsonIsAskedFor(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        for (String accept : new String[] {"*/*", null}) {
            var request = c.get(c.url("idmsa.apple.com", "/appleauth/auth")).header("X-Apple-Widget-Key", TestClient.WIDGET_KEY)
                    .header("X-Apple-OAuth-State", c.oauthState).header("scnt", c.scnt).header("X-Apple-ID-Session-Id", c.sessionId);
            if (accept != null) request.header("Accept", accept);
            TestResponse page = c.send(request);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.text()).contains("class=\"boot_args\"");
        }
        TestResponse json = c.idmsa("GET", "", null);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().has("trustedPhoneNumbers") || json.json().has("phoneNumberVerification")).as(json.text()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void authOptionsAsHtmlCarryBootArgs(Route route) {
        FakeAccount a = account(MfaPolicy.DEVICE);
        TestClient c = client(route);
        c.signIn(a.appleId(), PASSWORD);
        TestResponse page = c.send(c.get(c.url("idmsa.apple.com", "/appleauth/auth"))
                .header("X-Apple-Widget-Key", TestClient.WIDGET_KEY).header("X-Apple-OAuth-State", c.oauthState)
                .header("scnt", c.scnt).header("X-Apple-ID-Session-Id", c.sessionId).header("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        String html = page.text();
        String json = html.substring(html.indexOf('>', html.indexOf("class=\"boot_args\"")) + 1, html.indexOf("</script>"));
        JsonNode args;
        try {
            args = Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(args.at("/direct/twoSV/phoneNumberVerification/trustedPhoneNumbers/0/obfuscatedNumber").asText()).endsWith("81");
        assertThat(args.at("/direct/hasTrustedDevices").asBoolean()).isTrue();
    }
}

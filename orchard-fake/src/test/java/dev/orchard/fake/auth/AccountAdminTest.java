package dev.orchard.fake.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts part of the admin API: create, list, change knobs, expire trust and sessions, last code. */
class AccountAdminTest extends FakeAuthFixture {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/_fake/accounts" + path)).method(method, p).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void createsListsAndChangesAccounts() throws Exception {
        HttpResponse<String> created = admin("POST", "", "{\"appleId\":\"admin-made@example.com\",\"password\":\"pw\","
                + "\"mfa\":\"sms-only\",\"verify409\":true,\"adp\":true,\"adpApproveAfter\":5,\"trustDays\":7}");
        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode a = json(created);
        assertThat(a.get("mfa").asText()).isEqualTo("sms-only");
        assertThat(a.get("verify409").asBoolean()).isTrue();
        assertThat(a.get("autoPush").asBoolean()).isTrue();
        assertThat(fake.account("admin-made@example.com").trustLifetime()).isEqualTo(Duration.ofDays(7));

        assertThat(json(admin("GET", "", null)).get("accounts").findValuesAsText("appleId")).contains("admin-made@example.com");

        JsonNode changed = json(admin("POST", "/admin-made@example.com", "{\"mfa\":\"none\",\"domainToUse\":\"iCloud.com.cn\",\"webAccess\":false}"));
        assertThat(changed.get("mfa").asText()).isEqualTo("none");
        assertThat(changed.get("domainToUse").asText()).isEqualTo("iCloud.com.cn");
        assertThat(fake.account("admin-made@example.com").webAccessAllowed()).isFalse();
        assertThat(json(admin("GET", "/ADMIN-MADE@example.com", null)).get("dsid").asText()).isNotBlank();
    }

    @Test
    void badInputGetsOneClearLine() throws Exception {
        HttpResponse<String> r = admin("POST", "", "{\"appleId\":\"x@example.com\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"appleId\" and \"password\"").doesNotContain("\n");
        FakeAccount a = account(MfaPolicy.DEVICE);
        r = admin("POST", "/" + a.appleId(), "{\"adpApproveAfter\":\"soon\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("account knob 'adpApproveAfter': needs a whole number, got 'soon'");
        assertThat(admin("POST", "/" + a.appleId(), "{\"mfa\":\"carrier-pigeon\"}").body())
                .startsWith("account knob 'mfa': unknown 2FA policy 'carrier-pigeon'");
        assertThat(admin("POST", "/" + a.appleId(), "{\"color\":\"red\"}").body()).contains("unknown knob (known: mfa, mfaCode");
        assertThat(admin("GET", "/nobody@example.com", null).body()).isEqualTo("no such fake account: nobody@example.com");
        assertThat(admin("POST", "", "{\"appleId\":\"" + a.appleId() + "\",\"password\":\"p\"}").body()).contains("exists already");
        assertThat(fake.accounts().find("x@example.com")).isNull();
    }

    @Test
    void expiresTrustAndSessionsAndShowsTheLastCode() throws Exception {
        FakeAccount a = account(MfaPolicy.DEVICE);
        assertThat(admin("GET", "/" + a.appleId() + "/last-code", null).statusCode()).isEqualTo(404);
        TestClient c = client(Route.DIRECT);
        signInWithTwoFactor(c, a);
        c.accountLogin();
        JsonNode last = json(admin("GET", "/" + a.appleId() + "/last-code", null));
        assertThat(last.get("code").asText()).isEqualTo(fake.auth().lastCode(a.appleId()));
        assertThat(last.get("via").asText()).isEqualTo("device");
        assertThat(json(admin("GET", "/" + a.appleId(), null)).get("trustTokens").asInt()).isEqualTo(1);

        assertThat(json(admin("POST", "/" + a.appleId() + "/expire-sessions", null)).get("expired").asInt()).isEqualTo(1);
        assertThat(c.setup("validate", "null").status()).isEqualTo(421);
        assertThat(admin("POST", "/" + a.appleId() + "/expire-trust", null).statusCode()).isEqualTo(200);
        assertThat(json(admin("GET", "/" + a.appleId(), null)).get("trustTokens").asInt()).isZero();
        assertThat(c.freshWithTrust().signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
    }
}

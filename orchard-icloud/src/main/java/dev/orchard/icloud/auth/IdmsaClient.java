package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.json.Jsons;

import java.util.Base64;
import java.util.List;

/** Apple's IDMS auth calls (docs/protocol/sign-in.md §3, §4), with the headers of §2.1 and the values of §2.2 replayed. */
final class IdmsaClient {
    static final String WIDGET_KEY = "d39ba9916b7251055b22c7f910e2ea796ee65e98b2ddecea8f5dde8d9d1a815d";

    private final HttpTransport http;
    private final Endpoints endpoints;
    private final String clientId;
    private final IdmsaContext context;

    IdmsaClient(HttpTransport http, Endpoints endpoints, String clientId, IdmsaContext context) {
        this.http = http;
        this.endpoints = endpoints;
        this.clientId = clientId;
        this.context = context;
    }

    record InitResult(int iterations, byte[] salt, String protocol, byte[] serverB, JsonNode c) {
    }

    InitResult init(String accountName, byte[] publicA) {
        ObjectNode body = Jsons.object();
        body.put("a", Base64.getEncoder().encodeToString(publicA));
        body.put("accountName", accountName);
        body.putArray("protocols").add("s2k").add("s2k_fo");
        ApiResponse r = send(request("POST", "/signin/init").json(body));
        if (r.status() != 200) throw failure("signin/init", r);
        JsonNode j = r.json();
        try {
            int iterations = j.path("iteration").asInt(0);
            if (iterations < 1 || iterations > 1_000_000) {
                throw new AuthException(AuthException.Reason.PROTOCOL, "Apple sent an implausible iteration count " + iterations);
            }
            return new InitResult(iterations, Base64.getDecoder().decode(j.path("salt").asText()), j.path("protocol").asText(),
                    Base64.getDecoder().decode(j.path("b").asText()), j.path("c"));
        } catch (IllegalArgumentException e) {
            throw new AuthException(AuthException.Reason.PROTOCOL, "Apple's signin/init answer is malformed (" + e.getMessage() + ")");
        }
    }

    ApiResponse complete(String accountName, JsonNode c, byte[] m1, byte[] m2, List<String> trustTokens) {
        ObjectNode body = Jsons.object();
        body.put("accountName", accountName);
        body.set("c", c);
        body.put("m1", Base64.getEncoder().encodeToString(m1));
        body.put("m2", Base64.getEncoder().encodeToString(m2));
        body.put("rememberMe", true);
        ArrayNode tokens = body.putArray("trustTokens");
        trustTokens.forEach(tokens::add);
        return send(request("POST", "/signin/complete?isRememberMeEnabled=true").json(body));
    }

    AuthOptions authOptions() {
        ApiResponse r = send(request("GET", "").header("Accept", "application/json"));
        if (!r.ok()) throw failure("the 2FA options request", r);
        return AuthOptions.parse(r.body());
    }

    /** Variant A of docs/protocol/sign-in.md §4: ask Apple to push a code to the trusted devices. */
    void pushToDevices() {
        ApiResponse r = send(request("PUT", "/verify/trusteddevice/securitycode"));
        if (!r.ok()) throw failure("asking for a code on your devices", r);
    }

    void sendToPhone(int phoneId, CodeDelivery mode) {
        ObjectNode body = Jsons.object();
        body.putObject("phoneNumber").put("id", phoneId);
        body.put("mode", mode.wire());
        ApiResponse r = send(request("PUT", "/verify/phone").json(body));
        if (r.status() == 412) {
            throw new IllegalArgumentException("Apple does not know trusted phone " + phoneId);
        }
        if (!r.ok()) throw failure("asking for a code by " + mode.wire(), r);
    }

    ApiResponse verifyDeviceCode(String code) {
        ObjectNode body = Jsons.object();
        body.putObject("securityCode").put("code", code);
        return send(request("POST", "/verify/trusteddevice/securitycode").json(body));
    }

    ApiResponse verifyPhoneCode(int phoneId, String code, CodeDelivery mode) {
        ObjectNode body = Jsons.object();
        body.putObject("phoneNumber").put("id", phoneId);
        body.putObject("securityCode").put("code", code);
        body.put("mode", mode.wire());
        return send(request("POST", "/verify/phone/securitycode").json(body));
    }

    void trust() {
        ApiResponse r = send(request("GET", "/2sv/trust"));
        if (!r.ok()) throw failure("2sv/trust", r);
    }

    ApiResponse repair() {
        return send(request("POST", "/repair/complete").json(Jsons.object()));
    }

    private ApiRequest.Builder request(String method, String path) {
        String url = endpoints.auth() + path;
        ApiRequest.Builder b = switch (method) {
            case "GET" -> ApiRequest.get(url);
            case "PUT" -> ApiRequest.put(url);
            default -> ApiRequest.post(url);
        };
        String ua = http.config().userAgent();
        b.header("Accept", "application/json, text/javascript")
                .header("Content-Type", "application/json")
                .header("Origin", endpoints.idmsaOrigin())
                .header("Referer", endpoints.idmsaOrigin() + "/")
                .header("X-Apple-Widget-Key", WIDGET_KEY)
                .header("X-Apple-OAuth-Client-Id", WIDGET_KEY)
                .header("X-Apple-OAuth-Client-Type", "firstPartyAuth")
                .header("X-Apple-OAuth-Redirect-URI", endpoints.webOrigin())
                .header("X-Apple-OAuth-Require-Grant-Code", "true")
                .header("X-Apple-OAuth-Response-Mode", "web_message")
                .header("X-Apple-OAuth-Response-Type", "code")
                .header("X-Apple-OAuth-State", clientId)
                .header("X-Apple-Frame-Id", clientId)
                .header("X-Apple-I-FD-Client-Info", "{\"U\":\"" + ua.replace("\"", "") + "\",\"L\":\"en-US\",\"Z\":\"GMT+00:00\",\"V\":\"1.1\",\"F\":\"\"}")
                .header("scnt", context.scnt)
                .header("X-Apple-ID-Session-Id", context.sessionId)
                .header("X-Apple-Auth-Attributes", context.authAttributes);
        return b;
    }

    private ApiResponse send(ApiRequest.Builder b) {
        ApiResponse r = http.send(b.build(), RetryPolicy.AUTH);
        context.capture(r);
        return r;
    }

    static AuthException failure(String what, ApiResponse r) {
        return new AuthException(AuthException.Reason.PROTOCOL, "Apple answered HTTP " + r.status() + " to " + what
                + " (" + ServiceErrors.of(r.json()).describe() + ")");
    }
}

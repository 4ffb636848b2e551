package dev.orchard.fake.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.FakeCaTrust;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.http.Json;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A small test-only Apple sign-in client: sends the idmsa headers, replays scnt, session id and session token,
 * keeps cookies by name, and does SRP with {@link TestSrpClient}. Reaches the fake directly or through its
 * CONNECT tunnel with the fake's CA.
 */
final class TestClient {
    static final String WIDGET_KEY = "d39ba9916b7251055b22c7f910e2ea796ee65e98b2ddecea8f5dde8d9d1a815d";

    private final FakeICloud fake;
    private final Route route;
    private final HttpClient http;
    final Map<String, String> cookies = new LinkedHashMap<>();
    String oauthState = "auth-" + UUID.randomUUID();
    String scnt;
    String sessionId;
    String sessionToken;
    String trustToken;
    /** Sign in rclone-style: 256-byte A/B/S inside the proofs and the name lowercased. */
    boolean rcloneStyle;

    TestClient(FakeICloud fake, Route route) {
        this.fake = fake;
        this.route = route;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        if (route == Route.TUNNEL) {
            b.proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", fake.proxyPort()))).sslContext(FakeCaTrust.sslContext(fake.caPem()));
        }
        http = b.build();
    }

    /** A new client (a new "browser") that knows only this one's trust token. */
    TestClient freshWithTrust() {
        TestClient c = new TestClient(fake, route);
        c.trustToken = trustToken;
        return c;
    }

    // ---- idmsa

    TestResponse idmsa(String method, String path, Object body) {
        HttpRequest.Builder r = request(url("idmsa.apple.com", "/appleauth/auth" + path), method, body)
                .header("X-Apple-Widget-Key", WIDGET_KEY).header("X-Apple-OAuth-Client-Id", WIDGET_KEY)
                .header("X-Apple-OAuth-State", oauthState).header("Accept", "application/json");
        if (scnt != null) r.header("scnt", scnt);
        if (sessionId != null) r.header("X-Apple-ID-Session-Id", sessionId);
        return send(r);
    }

    /** A signin/init request like {@link #idmsa} makes but without X-Apple-OAuth-State (as icloud-photos-sync sends it). */
    HttpRequest.Builder idmsaWithoutState(String path) {
        return request(url("idmsa.apple.com", "/appleauth/auth" + path), "POST",
                "{\"a\":\"AQ==\",\"accountName\":\"x@example.com\"}").header("X-Apple-Widget-Key", WIDGET_KEY);
    }

    HttpRequest.Builder get(String url) {
        return request(url, "GET", null);
    }

    /** signin/init then signin/complete with correct (or deliberately wrong) proofs; returns complete's answer. */
    TestResponse signIn(String accountName, String password) {
        String name = rcloneStyle ? accountName.toLowerCase(java.util.Locale.ROOT) : accountName;
        TestSrpClient srp = TestSrpClient.random(rcloneStyle);
        ObjectNode init = Json.object().put("a", srp.publicValueBase64()).put("accountName", name);
        init.putArray("protocols").add("s2k").add("s2k_fo");
        TestResponse challenge = idmsa("POST", "/signin/init", init);
        if (challenge.status() != 200) return challenge;
        JsonNode c = challenge.json();
        byte[][] proofs = srp.proofs(name, password, c.get("protocol").asText(), Base64.getDecoder().decode(c.get("salt").asText()),
                c.get("iteration").asInt(), new BigInteger(1, Base64.getDecoder().decode(c.get("b").asText())));
        ObjectNode complete = Json.object().put("accountName", name).put("c", c.get("c").asText())
                .put("m1", Base64.getEncoder().encodeToString(proofs[0])).put("m2", Base64.getEncoder().encodeToString(proofs[1]))
                .put("rememberMe", true);
        var tokens = complete.putArray("trustTokens");
        if (trustToken != null) tokens.add(trustToken);
        return idmsa("POST", "/signin/complete?isRememberMeEnabled=true", complete);
    }

    TestResponse verifyDeviceCode(String code) {
        return idmsa("POST", "/verify/trusteddevice/securitycode", Json.object().set("securityCode", Json.object().put("code", code)));
    }

    TestResponse trust() {
        return idmsa("GET", "/2sv/trust", null);
    }

    // ---- setup

    TestResponse setup(String path, Object body) {
        HttpRequest.Builder r = request(url("setup.icloud.com", "/setup/ws/1/" + path), "POST", body)
                .header("Origin", "https://www.icloud.com").header("Content-Type", "text/plain;charset=UTF-8");
        return send(r);
    }

    TestResponse accountLogin() {
        ObjectNode body = Json.object().put("accountCountryCode", "USA").put("dsWebAuthToken", sessionToken)
                .put("extended_login", true).put("trustToken", trustToken == null ? "" : trustToken);
        return setup("accountLogin", body);
    }

    // ---- plumbing

    String url(String appleHost, String pathAndQuery) {
        return (route == Route.TUNNEL ? "https://" + appleHost : fake.baseUrl()) + pathAndQuery;
    }

    private HttpRequest.Builder request(String url, String method, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : body.toString());
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).method(method, publisher);
        if (!cookies.isEmpty()) {
            r.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return r;
    }

    TestResponse send(HttpRequest.Builder r) {
        try {
            HttpResponse<String> raw = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            capture(raw);
            return new TestResponse(raw.statusCode(), raw);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    private void capture(HttpResponse<String> raw) {
        raw.headers().firstValue("scnt").ifPresent(v -> scnt = v);
        raw.headers().firstValue("X-Apple-ID-Session-Id").ifPresent(v -> sessionId = v);
        raw.headers().firstValue("X-Apple-Session-Token").ifPresent(v -> sessionToken = v);
        raw.headers().firstValue("X-Apple-TwoSV-Trust-Token").ifPresent(v -> trustToken = v);
        for (String setCookie : raw.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || setCookie.contains("Expires=Thu, 01-Jan-1970")) cookies.remove(name);
            else cookies.put(name, value);
        }
    }
}

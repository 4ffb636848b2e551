package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.http.WebClientParams;
import dev.orchard.icloud.json.Jsons;


/** The setup service: accountLogin, validate, logout and the ADP/PCS calls (docs/protocol/sign-in.md §5). */
final class SetupClient {
    private final HttpTransport http;
    private final Endpoints endpoints;
    private final String clientId;

    SetupClient(HttpTransport http, Endpoints endpoints, String clientId) {
        this.http = http;
        this.endpoints = endpoints;
        this.clientId = clientId;
    }

    ApiResponse accountLogin(String sessionToken, String trustToken, String country) {
        ObjectNode body = Jsons.object();
        if (country != null) body.put("accountCountryCode", country);
        body.put("dsWebAuthToken", sessionToken);
        body.put("extended_login", true);
        body.put("trustToken", trustToken == null ? "" : trustToken);
        return http.send(request("/accountLogin", null).json(body).build(), RetryPolicy.AUTH);
    }

    ApiResponse validate() {
        return http.send(request("/validate", null).text("null", "application/json").build(), RetryPolicy.AUTH);
    }

    ApiResponse logout(String dsid) {
        ObjectNode body = Jsons.object();
        body.put("trustBrowser", true);
        body.put("allBrowsers", false);
        return http.send(request("/logout", dsid).json(body).build(), RetryPolicy.AUTH);
    }

    JsonNode webAccessState(String dsid) {
        ApiResponse r = http.send(request("/requestWebAccessState", dsid).build(), RetryPolicy.AUTH);
        return r.ok() ? r.json() : null;
    }

    boolean enableDeviceConsent(String dsid) {
        ApiResponse r = http.send(request("/enableDeviceConsentForPCS", dsid).build(), RetryPolicy.AUTH);
        return r.ok() && r.json().path("isDeviceConsentNotificationSent").asBoolean(false);
    }

    ApiResponse requestPcs(String dsid, String app, boolean fromUserAction) {
        ObjectNode body = Jsons.object();
        body.put("appName", app);
        body.put("derivedFromUserAction", fromUserAction);
        return http.send(request("/requestPCS", dsid).json(body).build(), RetryPolicy.AUTH);
    }

    private ApiRequest.Builder request(String path, String dsid) {
        String url = endpoints.setup() + path + "?" + WebClientParams.query(clientId, dsid);
        return ApiRequest.post(url)
                .header("Accept", "application/json, text/javascript")
                .header("Origin", endpoints.webOrigin())
                .header("Referer", endpoints.webOrigin() + "/");
    }
}

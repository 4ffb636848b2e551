package dev.orchard.app.web;

import dev.orchard.app.http.RequestChecks;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.charset.StandardCharsets;

/** Small helpers for writing answers with Jetty's core API. */
final class Replies {
    private Replies() {
    }

    static boolean text(Response response, Callback callback, int status, String text) {
        return send(response, callback, status, "text/plain;charset=utf-8", text + "\n");
    }

    static boolean html(Response response, Callback callback, String html) {
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        return send(response, callback, 200, "text/html;charset=utf-8", html);
    }

    static boolean send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, StandardCharsets.UTF_8.encode(body), callback);
        return true;
    }

    static boolean redirect(Response response, Callback callback, String location) {
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        callback.succeeded();
        return true;
    }

    static String escape(String s) {
        return RequestChecks.escapeHtml(s);
    }
}

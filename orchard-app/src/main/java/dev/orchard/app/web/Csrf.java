package dev.orchard.app.web;

import dev.orchard.app.http.RequestChecks;
import org.eclipse.jetty.server.Request;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Guards the page's own POSTs: each must carry the per-process token the page embeds ({@code csrf} form
 * field or {@code X-CSRF-Token} header), and a browser's Origin, when sent, must be this server.
 */
final class Csrf {
    private final String token;

    Csrf() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        token = HexFormat.of().formatHex(b);
    }

    String token() {
        return token;
    }

    boolean accepts(Request request, String formValue) {
        if (RequestChecks.crossSite(request)) return false;
        String given = formValue != null ? formValue : request.getHeaders().get("X-CSRF-Token");
        return RequestChecks.sameSecret(given, token);
    }
}

package dev.orchard.app.web;

import dev.orchard.app.http.RequestChecks;
import org.eclipse.jetty.server.Request;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Guards the page's own POSTs: each must carry the per-process token the page embeds ({@code csrf} form
 * field or {@code X-CSRF-Token} header). Origin is checked for every route by {@link dev.orchard.app.http.BrowserGuard}.
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
        String given = formValue != null ? formValue : request.getHeaders().get("X-CSRF-Token");
        return RequestChecks.sameSecret(given, token);
    }

    /** The token in the request's form or header; a form that cannot be read carries none. */
    boolean accepts(Request request) {
        String form;
        try {
            form = Request.getParameters(request).getValue("csrf");
        } catch (Exception e) {
            form = null;
        }
        return accepts(request, form);
    }
}

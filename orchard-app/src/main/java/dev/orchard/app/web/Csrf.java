package dev.orchard.app.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
        if (crossSite(request)) return false;
        String given = formValue != null ? formValue : request.getHeaders().get("X-CSRF-Token");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    static boolean crossSite(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) return false;
        String host = request.getHeaders().get(HttpHeader.HOST);
        return host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}

package dev.orchard.fake.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A Set-Cookie header as Apple scopes it. When the client addresses the fake by its own loopback origin
 * rather than by an Apple host name, {@link #render(boolean)} drops Domain and Secure: no conforming
 * client would accept a .icloud.com cookie from 127.0.0.1, nor a Secure one over plain HTTP.
 */
public record SetCookie(String name, String value, String domain, String path, Instant expires,
                        boolean secure, boolean httpOnly) {

    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    public static SetCookie of(String name, String value, String domain) {
        return new SetCookie(name, value, domain, "/", null, true, true);
    }

    public SetCookie expiringAt(Instant when) {
        return new SetCookie(name, value, domain, path, when, secure, httpOnly);
    }

    public SetCookie notHttpOnly() {
        return new SetCookie(name, value, domain, path, expires, secure, false);
    }

    /** A cookie that tells the client to forget {@code name}: empty value, expiry in 1970. */
    public static SetCookie clearing(String name, String domain) {
        return new SetCookie(name, "", domain, "/", Instant.EPOCH, true, true);
    }

    public String render(boolean appleScoped) {
        StringBuilder b = new StringBuilder(name).append('=').append(value);
        if (expires != null) b.append("; Expires=").append(EXPIRES.format(expires));
        b.append("; Path=").append(path == null ? "/" : path);
        if (appleScoped && domain != null) b.append("; Domain=").append(domain);
        if (appleScoped && secure) b.append("; Secure");
        if (httpOnly) b.append("; HttpOnly");
        return b.toString();
    }
}

package dev.orchard.icloud.http;

import java.time.Instant;

/**
 * One cookie as stored: value kept verbatim (Apple's are quoted), domain without leading dot,
 * {@code hostOnly} when the server gave no Domain attribute, {@code expires} null for session cookies.
 */
public record StoredCookie(String name, String value, String domain, boolean hostOnly, String path,
                           Instant expires, boolean secure, boolean httpOnly) {

    public boolean expired(Instant now) {
        return expires != null && !expires.isAfter(now);
    }

    boolean matches(String host, String requestPath, boolean https) {
        if (secure && !https) return false;
        boolean hostOk = hostOnly ? host.equals(domain) : (host.equals(domain) || host.endsWith("." + domain));
        return hostOk && pathMatches(requestPath);
    }

    private boolean pathMatches(String requestPath) {
        if (requestPath.equals(path)) return true;
        if (!requestPath.startsWith(path)) return false;
        return path.endsWith("/") || requestPath.charAt(path.length()) == '/';
    }

    @Override
    public String toString() {
        // Never print the value: cookies are credentials.
        return "StoredCookie[" + name + " for " + domain + path + (expires == null ? "" : " until " + expires) + "]";
    }
}

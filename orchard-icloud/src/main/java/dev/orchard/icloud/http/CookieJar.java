package dev.orchard.icloud.http;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cookie jar following RFC 6265's storage and matching rules, keeping values byte-for-byte. An empty
 * value or an expiry in the past deletes a cookie. Thread-safe.
 */
public final class CookieJar {
    private static final DateTimeFormatter NETSCAPE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE, dd-MMM-yyyy HH:mm:ss 'GMT'").toFormatter(Locale.US).withZone(java.time.ZoneOffset.UTC);
    private static final DateTimeFormatter NETSCAPE_SHORT_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE, dd-MMM-yy HH:mm:ss 'GMT'").toFormatter(Locale.US).withZone(java.time.ZoneOffset.UTC);

    private final List<StoredCookie> cookies = new ArrayList<>();
    private final Clock clock;

    public CookieJar(Clock clock) {
        this.clock = clock;
    }

    public CookieJar() {
        this(Clock.systemUTC());
    }

    /** Stores the Set-Cookie headers of a response to {@code uri}. Malformed or foreign-domain cookies are ignored. */
    public void store(URI uri, List<String> setCookieHeaders) {
        String host = host(uri);
        for (String header : setCookieHeaders) {
            StoredCookie c = parse(header, host, defaultPath(uri.getRawPath()));
            if (c != null) put(c);
        }
    }

    synchronized void put(StoredCookie c) {
        cookies.removeIf(o -> o.name().equals(c.name()) && o.domain().equals(c.domain()) && o.path().equals(c.path()));
        if (!c.value().isEmpty() && !c.expired(clock.instant())) cookies.add(c);
    }

    /** The Cookie header value for a request to {@code uri}, or empty when no cookie applies. */
    public synchronized Optional<String> headerFor(URI uri) {
        String host = host(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        Instant now = clock.instant();
        cookies.removeIf(c -> c.expired(now));
        List<StoredCookie> matching = new ArrayList<>();
        for (StoredCookie c : cookies) {
            if (c.matches(host, path, https)) matching.add(c);
        }
        if (matching.isEmpty()) return Optional.empty();
        matching.sort(Comparator.comparingInt((StoredCookie c) -> c.path().length()).reversed());
        StringBuilder b = new StringBuilder();
        for (StoredCookie c : matching) {
            if (!b.isEmpty()) b.append("; ");
            b.append(c.name()).append('=').append(c.value());
        }
        return Optional.of(b.toString());
    }

    /** The first unexpired cookie of that name, whatever its domain. */
    public synchronized Optional<StoredCookie> find(String name) {
        Instant now = clock.instant();
        return cookies.stream().filter(c -> c.name().equals(name) && !c.expired(now)).findFirst();
    }

    public synchronized List<StoredCookie> all() {
        Instant now = clock.instant();
        return cookies.stream().filter(c -> !c.expired(now)).toList();
    }

    public synchronized void replaceAll(List<StoredCookie> stored) {
        cookies.clear();
        Instant now = clock.instant();
        for (StoredCookie c : stored) {
            if (!c.expired(now) && !c.value().isEmpty()) cookies.add(c);
        }
    }

    public synchronized void clear() {
        cookies.clear();
    }

    /** Drops every cookie whose name starts with {@code prefix}. */
    public synchronized void removeByPrefix(String prefix) {
        cookies.removeIf(c -> c.name().startsWith(prefix));
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String defaultPath(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/")) return "/";
        int last = requestPath.lastIndexOf('/');
        return last <= 0 ? "/" : requestPath.substring(0, last);
    }

    StoredCookie parse(String header, String requestHost, String defaultPath) {
        String[] parts = header.split(";");
        String nv = parts[0].trim();
        int eq = nv.indexOf('=');
        if (eq <= 0) return null;
        String name = nv.substring(0, eq).trim();
        String value = nv.substring(eq + 1).trim();
        String domain = null;
        String path = null;
        Instant expires = null;
        Long maxAge = null;
        boolean secure = false;
        boolean httpOnly = false;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i].trim();
            int aeq = attr.indexOf('=');
            String key = (aeq < 0 ? attr : attr.substring(0, aeq)).trim().toLowerCase(Locale.ROOT);
            String val = aeq < 0 ? "" : attr.substring(aeq + 1).trim();
            switch (key) {
                case "domain" -> domain = val.startsWith(".") ? val.substring(1).toLowerCase(Locale.ROOT) : val.toLowerCase(Locale.ROOT);
                case "path" -> path = val.startsWith("/") ? val : null;
                case "expires" -> expires = parseDate(val);
                case "max-age" -> {
                    try {
                        maxAge = Long.parseLong(val);
                    } catch (NumberFormatException ignored) {
                        // RFC 6265: ignore a malformed Max-Age
                    }
                }
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                default -> { }
            }
        }
        if (maxAge != null) expires = maxAge <= 0 ? Instant.EPOCH : clock.instant().plusSeconds(maxAge);
        boolean hostOnly = domain == null || domain.isEmpty();
        if (hostOnly) {
            domain = requestHost;
        } else if (!(requestHost.equals(domain) || requestHost.endsWith("." + domain))) {
            return null;
        }
        return new StoredCookie(name, value, domain, hostOnly, path == null ? defaultPath : path, expires, secure, httpOnly);
    }

    private static Instant parseDate(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, NETSCAPE, NETSCAPE_SHORT_YEAR)) {
            try {
                return ZonedDateTime.parse(text, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }
}

package dev.orchard.app.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a local web server answers to, checked against each request's {@code Host}. A page on the
 * internet that rebinds its own name to 127.0.0.1 still sends its own name, so it is refused. Accepted:
 * the loopback names, the bind address, names the user added (a NAS name behind a reverse proxy), with
 * or without a port; and any IP address of this machine's loopback, or any IP at all when the server
 * listens on every address (an address typed into the browser cannot be rebound).
 */
public final class AllowedHosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> added = new LinkedHashSet<>();
    private final boolean everyAddress;

    private AllowedHosts(String bind, Collection<String> extra, String option) {
        names.addAll(List.of("localhost", "127.0.0.1", "::1"));
        String b = bind == null ? "" : bind.strip().toLowerCase(Locale.ROOT);
        everyAddress = b.isEmpty() || b.equals("0.0.0.0") || b.equals("::") || b.equals("[::]");
        if (!everyAddress) names.add(unbracket(b));
        for (String e : extra) {
            String name = hostOf(e == null ? "" : e.strip());
            if (name == null) {
                throw new IllegalArgumentException(option + " '" + e + "' is not a host name (use e.g. nas.local or nas.example.com:8443)");
            }
            names.add(name);
            added.add(name);
        }
    }

    /** @throws IllegalArgumentException naming {@code option} for an added name that is not a host name */
    public static AllowedHosts of(String bind, Collection<String> extra, String option) {
        return new AllowedHosts(bind, extra == null ? List.of() : extra, option);
    }

    /** Whether a request with this {@code Host} header (null when absent) is meant for this server. */
    public boolean allows(String hostHeader) {
        String name = hostOf(hostHeader);
        if (name == null) return false;
        if (names.contains(name)) return true;
        if (!isAddress(name)) return false;
        return everyAddress || name.startsWith("127.") || name.equals("::1");
    }

    /** Whether {@code name} (already lower-case, without port) is one the user added. */
    boolean added(String name) {
        return added.contains(name);
    }

    /** "localhost, 127.0.0.1, ::1, nas.local" for messages. */
    public String describe() {
        List<String> all = new ArrayList<>(names);
        if (everyAddress) all.add("any IP address of this machine");
        return String.join(", ", all);
    }

    /** The host name of a {@code Host} header or origin authority, lower-case, without brackets or port; null when malformed. */
    static String hostOf(String authority) {
        if (authority == null) return null;
        String a = authority.strip().toLowerCase(Locale.ROOT);
        String host;
        String port = null;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            if (close < 0) return null;
            host = a.substring(1, close);
            String rest = a.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) return null;
                port = rest.substring(1);
            }
            if (!host.contains(":") || !host.matches("[0-9a-f:.]+")) return null;
        } else {
            int colon = a.indexOf(':');
            if (colon >= 0) {
                if (a.indexOf(':', colon + 1) >= 0) return a.matches("[0-9a-f:.]+") ? a : null;
                port = a.substring(colon + 1);
                a = a.substring(0, colon);
            }
            host = a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
            if (!NAME.matcher(host).matches()) return null;
        }
        if (port != null && !PORT.matcher(port).matches()) return null;
        return host;
    }

    private static boolean isAddress(String name) {
        return IPV4.matcher(name).matches() || name.contains(":");
    }

    private static String unbracket(String s) {
        return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    }
}

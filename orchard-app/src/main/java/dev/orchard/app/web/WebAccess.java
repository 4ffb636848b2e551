package dev.orchard.app.web;

import dev.orchard.app.config.ConfigException;
import dev.orchard.app.http.AllowedHosts;
import dev.orchard.app.http.RequestChecks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Who may use the web server. On loopback nobody needs to log in (unless a password or token is set);
 * any other bind needs a password (HTTP Basic, any user name) or a token (Authorization: Bearer), and the
 * server refuses to start without one. {@code /metrics} also accepts its own token.
 */
public final class WebAccess {
    private final String password;
    private final String token;
    private final String metricsToken;
    private final List<String> extraHosts;

    private WebAccess(String password, String token, String metricsToken, List<String> extraHosts) {
        this.password = blankToNull(password);
        this.token = blankToNull(token);
        this.metricsToken = blankToNull(metricsToken);
        this.extraHosts = List.copyOf(extraHosts);
    }

    /** @throws ConfigException when {@code bind} is reachable from other machines and nothing protects it */
    public static WebAccess forBind(String bind, String password, String token, String metricsToken) {
        WebAccess a = new WebAccess(password, token, metricsToken, List.of());
        if (!isLoopback(bind) && a.password == null && a.token == null) {
            throw new ConfigException("--web-bind " + bind + " is reachable from other machines; set --web-password "
                    + "(ORCHARD_WEB_PASSWORD) or --web-token (ORCHARD_WEB_TOKEN), or bind to 127.0.0.1");
        }
        return a;
    }

    /**
     * The same access, also answering to these host names ({@code --web-host}).
     *
     * @throws ConfigException when one is not a host name
     */
    public WebAccess withHosts(List<String> names) {
        WebAccess a = new WebAccess(password, token, metricsToken, names);
        a.hosts("127.0.0.1");
        return a;
    }

    /** The host names the server on {@code bind} answers to. */
    AllowedHosts hosts(String bind) {
        try {
            return AllowedHosts.of(bind, extraHosts, "--web-host");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    public boolean open() {
        return password == null && token == null;
    }

    /** Whether an {@code Authorization} header value grants the web page and API. */
    public boolean allows(String authorization) {
        if (open()) return true;
        if (authorization == null) return false;
        if (token != null && authorization.startsWith("Bearer ")) return same(authorization.substring(7).strip(), token);
        if (password != null && authorization.startsWith("Basic ")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = decoded.indexOf(':');
            return colon >= 0 && same(decoded.substring(colon + 1), password);
        }
        return false;
    }

    /** {@code /metrics}: its own token when set, else whatever the page needs. */
    public boolean allowsMetrics(String authorization) {
        if (metricsToken != null && authorization != null && authorization.startsWith("Bearer ")
                && same(authorization.substring(7).strip(), metricsToken)) {
            return true;
        }
        return metricsToken == null ? allows(authorization) : !open() && allows(authorization);
    }

    public boolean usesPassword() {
        return password != null;
    }

    static boolean isLoopback(String host) {
        try {
            return RequestChecks.isLoopback(host, "--web-bind");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static boolean same(String given, String expected) {
        return RequestChecks.sameSecret(given, expected);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

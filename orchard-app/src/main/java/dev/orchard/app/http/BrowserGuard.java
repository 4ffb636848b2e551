package dev.orchard.app.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;

/**
 * In front of every route of Orchard's local web servers. Refuses a request whose {@code Host} is not one of
 * {@link AllowedHosts} (DNS rebinding: 421), and a state-changing request (anything but GET, HEAD, OPTIONS)
 * that a browser says comes from another site ({@code Sec-Fetch-Site}), whose {@code Origin} is not this
 * server, or that carries no {@code Origin} and fails {@code withoutOrigin} (the page's CSRF token): 403.
 */
public final class BrowserGuard extends Handler.Wrapper {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AllowedHosts hosts;
    private final Predicate<Request> withoutOrigin;
    private final String hostHint;

    /**
     * @param withoutOrigin decides requests that change something and carry no Origin (browsers send one with
     *                      every POST, so these come from programs such as curl, or very old browsers)
     * @param hostHint      what to do about a refused host name, e.g. "add a name with --web-host"
     */
    public BrowserGuard(AllowedHosts hosts, Predicate<Request> withoutOrigin, String hostHint, Handler next) {
        super(next);
        this.hosts = hosts;
        this.withoutOrigin = withoutOrigin;
        this.hostHint = hostHint;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (!hosts.allows(host)) {
            return refuse(response, callback, 421, "Misdirected request: this server answers to " + hosts.describe()
                    + " only, not '" + (host == null ? "" : host) + "' (" + hostHint + ").");
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String refusal = crossSiteRefusal(request, host);
            if (refusal != null) return refuse(response, callback, 403, refusal);
        }
        return super.handle(request, response, callback);
    }

    private String crossSiteRefusal(Request request, String host) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "Refused: the browser says this request comes from another site (" + site + ").";
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null) {
            return sameOrigin(origin, host) ? null : "Refused: a request from another site (Origin " + origin + ").";
        }
        return withoutOrigin.test(request) ? null
                : "Refused: a request without Origin needs the page's CSRF token (csrf form field or X-CSRF-Token header).";
    }

    /** This server as the browser saw it, or a name the user added (a reverse proxy may send its own Host). */
    private boolean sameOrigin(String origin, String host) {
        if (origin.equals("http://" + host) || origin.equals("https://" + host)) return true;
        int scheme = origin.indexOf("://");
        if (scheme < 0 || !(origin.startsWith("http://") || origin.startsWith("https://"))) return false;
        String name = AllowedHosts.hostOf(origin.substring(scheme + 3));
        return name != null && hosts.added(name);
    }

    private static boolean refuse(Response response, Callback callback, int status, String reason) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, StandardCharsets.UTF_8.encode(reason + "\n"), callback);
        return true;
    }
}

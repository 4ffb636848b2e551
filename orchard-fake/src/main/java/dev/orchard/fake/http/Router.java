package dev.orchard.fake.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps method and path to handlers. Patterns are literal segments, {@code {name}} placeholders for one
 * segment, and a trailing {@code **} for the rest of the path (exposed as the path parameter "rest").
 * Patterns without a tail win over tail patterns; otherwise the first registered wins.
 */
public final class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private record Route(String method, String[] segments, boolean tail, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, Handler h) { return add("GET", pattern, h); }
    public Router post(String pattern, Handler h) { return add("POST", pattern, h); }
    public Router put(String pattern, Handler h) { return add("PUT", pattern, h); }
    public Router delete(String pattern, Handler h) { return add("DELETE", pattern, h); }

    /** Registers a handler for any method. */
    public Router any(String pattern, Handler h) { return add("*", pattern, h); }

    public synchronized Router add(String method, String pattern, Handler handler) {
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        boolean tail = p.endsWith("**");
        if (tail) p = p.substring(0, p.length() - 2);
        // "/a/" stays distinct from "/a" (an index page); "/a/**" is "/a" plus the rest
        if (tail && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        String[] segments = p.isEmpty() ? new String[0] : p.split("/", -1);
        routes.add(new Route(method, segments, tail, handler));
        return this;
    }

    /** "GET /_fake/stats" for each route whose pattern starts with {@code prefix}, in the order registered. */
    public synchronized List<String> describe(String prefix) {
        List<String> out = new ArrayList<>();
        for (Route r : routes) {
            String pattern = "/" + String.join("/", r.segments) + (r.tail ? "/**" : "");
            if (pattern.startsWith(prefix)) out.add(r.method.replace("*", "ANY") + " " + pattern);
        }
        return out;
    }

    /** Outcome of a lookup: a handler, a path known under another method, or nothing. */
    public record Match(Handler handler, Map<String, String> params, boolean pathKnown) {
    }

    public synchronized Match match(String method, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        String[] parts = p.isEmpty() ? new String[0] : p.split("/", -1);
        boolean pathKnown = false;
        // Exact patterns first, then tail patterns, so "/B/{token}/**" cannot shadow a longer exact route.
        for (boolean tails : new boolean[] {false, true}) {
            for (Route r : routes) {
                if (r.tail != tails) continue;
                Map<String, String> params = matchSegments(r, parts);
                if (params == null) continue;
                if (r.method.equals("*") || r.method.equals(method)) return new Match(r.handler, params, true);
                pathKnown = true;
            }
        }
        return new Match(null, Map.of(), pathKnown);
    }

    /** Answers the exchange with its route's handler: 405 or 404 when there is none, 400 for a bad request, 500 when the handler fails. */
    public void dispatch(Exchange ex) {
        Match match = match(ex.method(), ex.path());
        if (match.handler() == null) {
            if (match.pathKnown()) {
                ex.text(405, "text/plain", "Method Not Allowed");
            } else {
                ex.text(404, "text/html", "<html><body><h1>Not Found</h1></body></html>");
            }
            return;
        }
        ex.setPathParams(match.params());
        try {
            match.handler().handle(ex);
        } catch (BadRequest e) {
            ex.text(400, "text/plain", e.getMessage());
        } catch (Exception e) {
            LOG.warn("fake handler failed for {} {}", ex.method(), ex.path(), e);
            ex.text(500, "text/plain", "Internal Server Error");
        }
    }

    private static Map<String, String> matchSegments(Route r, String[] parts) {
        if (r.tail ? parts.length < r.segments.length : parts.length != r.segments.length) return null;
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < r.segments.length; i++) {
            String s = r.segments[i];
            if (s.startsWith("{") && s.endsWith("}")) {
                params.put(s.substring(1, s.length() - 1), parts[i]);
            } else if (!s.equals(parts[i])) {
                return null;
            }
        }
        if (r.tail) {
            params.put("rest", String.join("/", java.util.Arrays.copyOfRange(parts, r.segments.length, parts.length)));
        }
        return params;
    }
}

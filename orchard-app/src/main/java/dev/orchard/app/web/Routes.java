package dev.orchard.app.web;

import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.mfa.MfaWebHandler;
import dev.orchard.app.web.library.LibraryRoutes;
import dev.orchard.icloud.json.Jsons;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.time.Clock;

/** Dispatches the daemon's pages and endpoints. */
final class Routes extends Handler.Abstract {
    private final DaemonControl daemon;
    private final MfaWebHandler mfa;
    private final PrometheusMeterRegistry metrics;
    private final Csrf csrf;
    private final Clock clock;
    private final LibraryRoutes library;

    /** {@code daemon} null: {@code orchard photos serve}, the library alone. */
    Routes(DaemonControl daemon, MfaWebHandler mfa, PrometheusMeterRegistry metrics, Csrf csrf, Clock clock, LibraryRoutes library) {
        this.library = library;
        this.daemon = daemon;
        this.mfa = mfa;
        this.metrics = metrics;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (library.owns(path)) return library.handle(path, request, response, callback);
        if (daemon == null) {
            return path.equals("/") ? Replies.redirect(response, callback, Request.getContextPath(request) + "/photos/")
                    : Replies.text(response, callback, 404, "Not found.");
        }
        if (path.equals("/mfa") || path.equals("/mfa/resend")) {
            return mfa == null ? Replies.text(response, callback, 404, "Not found.") : mfa.handle(request, response, callback);
        }
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod())) return Replies.text(response, callback, 405, "Method not allowed.");
        if (post) return handlePost(path, request, response, callback);
        switch (path) {
            case "/" -> {
                DaemonStatus s = daemon.status();
                String part = Request.getParameters(request).getValue("part");
                return "status".equals(part) ? Replies.send(response, callback, 200, "text/html;charset=utf-8", StatusPage.fragment(s, csrf.token(), clock))
                        : Replies.html(response, callback, StatusPage.page(s, csrf.token(), clock));
            }
            case "/status.js" -> {
                return Replies.send(response, callback, 200, "text/javascript;charset=utf-8", StatusPage.SCRIPT);
            }
            case "/api/status" -> {
                return Replies.send(response, callback, 200, "application/json",
                        Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(daemon.status()));
            }
            case "/metrics" -> {
                return Replies.send(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
            }
            case "/healthz" -> {
                boolean ok = daemon.healthy();
                return Replies.text(response, callback, ok ? 200 : 503, ok ? "ok" : "not signed in: " + daemon.status().accounts().stream()
                        .filter(a -> !a.sessionState().equals("SIGNED_IN") && !a.sessionState().equals("SIGNING_IN"))
                        .map(a -> a.account() + " (" + a.sessionLabel() + ")").collect(java.util.stream.Collectors.joining(", ")));
            }
            default -> {
                return Replies.text(response, callback, 404, "Not found.");
            }
        }
    }

    private boolean handlePost(String path, Request request, Response response, Callback callback) throws Exception {
        Fields form = Request.getParameters(request);
        if (!csrf.accepts(request, form.getValue("csrf"))) {
            return Replies.text(response, callback, 403, "Refused: the request did not come from Orchard's own page (reload it and try again).");
        }
        if (path.startsWith("/sync/")) {
            String job = path.substring("/sync/".length());
            if (!daemon.syncNow(form.getValue("account"), job)) {
                return Replies.text(response, callback, 409, "'" + job + "' is running already or does not exist"
                        + (daemon.status().accounts().size() > 1 ? " (with several accounts, name one with 'account')" : "") + ".");
            }
            return Replies.redirect(response, callback, Request.getContextPath(request) + "/");
        }
        if (path.equals("/signin")) {
            daemon.signInAgain(form.getValue("account"));
            return Replies.redirect(response, callback, Request.getContextPath(request) + "/");
        }
        return Replies.text(response, callback, 404, "Not found.");
    }
}

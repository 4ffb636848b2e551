package dev.orchard.app.web;

import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.mfa.MfaWebHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.orchard.app.http.BrowserGuard;
import dev.orchard.app.web.library.LibraryRoutes;
import dev.orchard.app.web.library.WebSite;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The daemon's web server: status page ({@code /}), {@code /api/status}, "sync now" and "sign in again"
 * POSTs, the 2FA page ({@code /mfa}, the same handler {@code orchard login} uses), {@code /metrics} and
 * {@code /healthz}. Every route is behind {@link BrowserGuard} (Host and Origin) and {@link AccessGuard} (password or token).
 */
public final class WebServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final String bind;
    private final Csrf csrf;
    private final String basePath;

    private WebServer(Server server, ServerConnector connector, String bind, Csrf csrf, String basePath) {
        this.server = server;
        this.connector = connector;
        this.bind = bind;
        this.csrf = csrf;
        this.basePath = basePath;
    }

    public static WebServer start(String bind, int port, WebAccess access, DaemonControl daemon, MfaBroker broker,
                                  PrometheusMeterRegistry metrics, Clock clock) throws Exception {
        return start(bind, port, access, daemon, List.of(broker), metrics, clock, WebSite.NONE);
    }

    /** {@code orchard photos serve}: the photo library alone, with no daemon behind it. */
    public static WebServer serveLibrary(String bind, int port, WebAccess access, WebSite site) throws Exception {
        return start(bind, port, access, null, List.of(), null, Clock.systemUTC(), site);
    }

    /** With the photo library page and API of {@code site}, under its base path; one 2FA broker per account. */
    public static WebServer start(String bind, int port, WebAccess access, DaemonControl daemon, List<MfaBroker> brokers,
                                  PrometheusMeterRegistry metrics, Clock clock, WebSite site) throws Exception {
        Server server = new Server();
        ServerConnector c = new ServerConnector(server);
        c.setHost(bind);
        c.setPort(port);
        server.addConnector(c);
        // The guard in front does the authentication, so the 2FA handler needs no token of its own.
        MfaWebHandler mfa = brokers.isEmpty() ? null : new MfaWebHandler(brokers, null, StatusPage.NAV_SIGN_IN, "./");
        Csrf csrf = new Csrf();
        LibraryRoutes library = new LibraryRoutes(site, csrf.token(), csrf::accepts, daemon != null);
        Handler routes = new AccessGuard(access, new Routes(daemon, mfa, metrics, csrf, clock, library));
        Handler scoped = site.basePath().isEmpty() ? routes : new ContextHandler(routes, site.basePath());
        server.setHandler(new BrowserGuard(access.hosts(bind), csrf::accepts, "add a name with --web-host", scoped));
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new WebServer(server, c, bind, csrf, site.basePath());
    }

    /** The token the page embeds, for tests that post as the page would. */
    String csrfToken() {
        return csrf.token();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String url() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port() + basePath + "/";
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LoggerFactory.getLogger(WebServer.class).debug("stopping the web server: {}", e.toString());
        }
    }
}

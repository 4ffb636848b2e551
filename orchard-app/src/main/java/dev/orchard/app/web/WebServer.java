package dev.orchard.app.web;

import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.mfa.MfaWebHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.orchard.app.http.BrowserGuard;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.LoggerFactory;

import java.time.Clock;

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

    private WebServer(Server server, ServerConnector connector, String bind, Csrf csrf) {
        this.server = server;
        this.connector = connector;
        this.bind = bind;
        this.csrf = csrf;
    }

    public static WebServer start(String bind, int port, WebAccess access, DaemonControl daemon, MfaBroker broker,
                                  PrometheusMeterRegistry metrics, Clock clock) throws Exception {
        Server server = new Server();
        ServerConnector c = new ServerConnector(server);
        c.setHost(bind);
        c.setPort(port);
        server.addConnector(c);
        // The guard in front does the authentication, so the 2FA handler needs no token of its own.
        MfaWebHandler mfa = new MfaWebHandler(broker, null);
        Csrf csrf = new Csrf();
        Handler routes = new AccessGuard(access, new Routes(daemon, mfa, metrics, csrf, clock));
        server.setHandler(new BrowserGuard(access.hosts(bind), csrf::accepts, "add a name with --web-host", routes));
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new WebServer(server, c, bind, csrf);
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
        return "http://" + host + ":" + port() + "/";
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

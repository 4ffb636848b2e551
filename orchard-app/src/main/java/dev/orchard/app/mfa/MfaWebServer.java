package dev.orchard.app.mfa;

import dev.orchard.app.http.AllowedHosts;
import dev.orchard.app.http.BrowserGuard;
import dev.orchard.app.http.RequestChecks;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.util.List;

/** A small Jetty server carrying only the 2FA page, for {@code orchard login} on headless machines. */
public final class MfaWebServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final String bind;

    private MfaWebServer(Server server, ServerConnector connector, String bind) {
        this.server = server;
        this.connector = connector;
        this.bind = bind;
    }

    /**
     * Starts on {@code bind:port} (0: a free port).
     *
     * @throws IllegalArgumentException when binding beyond loopback without a token
     */
    public static MfaWebServer start(MfaBroker broker, String bind, int port, String token) throws Exception {
        if (!isLoopback(bind) && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("--mfa-bind " + bind + " is reachable from other machines; set --mfa-token "
                    + "(ORCHARD_MFA_TOKEN) so the page requires it, or bind to 127.0.0.1");
        }
        Server server = new Server();
        ServerConnector c = new ServerConnector(server);
        c.setHost(bind);
        c.setPort(port);
        server.addConnector(c);
        // Without Origin a post comes from a program such as curl (browsers always send one); the page has no CSRF token.
        server.setHandler(new BrowserGuard(AllowedHosts.of(bind, List.of(), "--mfa-bind"), request -> true,
                "open the address 'orchard login' printed", new MfaWebHandler(broker, isLoopback(bind) ? blankToNull(token) : token)));
        server.start();
        return new MfaWebServer(server, c, bind);
    }

    static boolean isLoopback(String host) {
        return RequestChecks.isLoopback(host, "--mfa-bind");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String url() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port() + "/mfa";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}

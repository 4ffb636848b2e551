package dev.orchard.app.cli;

import dev.orchard.app.web.WebAccess;
import picocli.CommandLine.Option;

/** The daemon's web server: where it listens and who may use it. */
public final class WebOptions {
    @Option(names = "--web-port", defaultValue = "8787", paramLabel = "PORT",
            description = "Port of the status page, 2FA page and /metrics; 0 picks a free one, -1 turns it off (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--web-bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on; anything but loopback requires --web-password or --web-token (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--web-password", paramLabel = "PASSWORD", description = "Password the web page asks for (HTTP Basic, any user name).")
    String password;

    @Option(names = "--web-token", paramLabel = "TOKEN", description = "Token the web page and API accept (Authorization: Bearer TOKEN).")
    String token;

    @Option(names = "--metrics-token", paramLabel = "TOKEN", description = "Bearer token /metrics requires (for Prometheus' bearer_token).")
    String metricsToken;

    @Option(names = "--web-base-path", defaultValue = "", paramLabel = "PATH",
            description = "Serve every page under this URL path, e.g. /orchard behind a reverse proxy (default: the root).")
    String basePath;

    public int port() { return port; }

    /** "" or a checked sub-path like "/orchard". */
    public String basePath() {
        return dev.orchard.app.web.library.WebSite.basePath(basePath);
    }
    public String bind() { return bind; }

    public WebAccess access() {
        return WebAccess.forBind(bind, password, token, metricsToken);
    }
}

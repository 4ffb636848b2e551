package dev.orchard.app.web;

import dev.orchard.app.config.ConfigException;
import dev.orchard.app.logging.Scrubber;
import dev.orchard.app.password.PasswordSources;
import dev.orchard.app.web.WebAccess;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The daemon's web server: where it listens, the names it answers to, and who may use it. */
public final class WebOptions {
    @Option(names = "--web-port", defaultValue = "8787", paramLabel = "PORT",
            description = "Port of the status page, 2FA page and /metrics; 0 picks a free one, -1 turns it off (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--web-bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on; anything but loopback requires --web-password or --web-token (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--web-host", paramLabel = "NAME", split = ",",
            description = {"Also answer to this host name (repeatable, or comma-separated), e.g. the NAS's name behind a reverse proxy. "
                    + "By default only localhost, loopback addresses and the --web-bind address are accepted, which stops other web sites "
                    + "from reaching the page through DNS rebinding."})
    List<String> hosts = new ArrayList<>();

    @Option(names = "--web-password", paramLabel = "PASSWORD",
            description = "Password the web page asks for (HTTP Basic, any user name). Every local user can read a command line: "
                    + "prefer ORCHARD_WEB_PASSWORD in the environment or --web-password-file.")
    String password;

    @Option(names = "--web-password-file", paramLabel = "FILE",
            description = "Read the web page's password from the first line of FILE (must not be readable by others).")
    Path passwordFile;

    @Option(names = "--web-token", paramLabel = "TOKEN", description = "Token the web page and API accept (Authorization: Bearer TOKEN).")
    String token;

    @Option(names = "--metrics-token", paramLabel = "TOKEN", description = "Bearer token /metrics requires (for Prometheus' bearer_token).")
    String metricsToken;

    @Option(names = "--web-base-path", defaultValue = "", paramLabel = "PATH",
            description = "Serve every page under this URL path, e.g. /orchard behind a reverse proxy (default: the root).")
    String basePath;

    public int port() {
        if (port < -1 || port > 65535) {
            throw new ConfigException("--web-port must be a port number 1-65535, 0 for a free one or -1 for no web page, got " + port);
        }
        return port;
    }

    /** "" or a checked sub-path like "/orchard". */
    public String basePath() {
        return dev.orchard.app.web.library.WebSite.basePath(basePath);
    }
    public String bind() { return bind; }

    public WebAccess access() {
        port();
        return WebAccess.forBind(bind, password(), token, metricsToken).withHosts(hosts);
    }

    private String password() {
        if (passwordFile == null) return password;
        if (password != null && !password.isBlank()) {
            throw new ConfigException("--web-password and --web-password-file are both set; use one of them");
        }
        String p = new String(PasswordSources.readSecretFile(passwordFile, "--web-password-file"));
        Scrubber.register(p);
        return p;
    }
}

package dev.orchard.app.command;

import dev.orchard.app.config.ConfigException;
import dev.orchard.app.password.KeyringPassword;
import dev.orchard.app.password.PasswordSources;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.EnvProxySelector;
import dev.orchard.icloud.http.ExtraCaTrust;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.session.SessionStore;
import dev.orchard.icloud.session.StateDirectory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;

/** Options shared by every command that talks to iCloud: who, where, and how to reach Apple. */
public final class ICloudOptions {
    @Option(names = {"-u", "--username"}, paramLabel = "APPLE_ID", split = ",",
            description = "Apple ID (e-mail or phone number); 'orchard run' takes it several times, one per account. "
                    + "Without it, the one Apple ID signed in on this machine.")
    List<String> usernames;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE (must be mode 600).")
    Path passwordFile;

    @Option(names = "--password-command", paramLabel = "CMD", description = "Run CMD (with /bin/sh) and use the first line it prints as the password.")
    String passwordCommand;

    @Option(names = "--keyring", description = "Take the password from the desktop keyring (Secret Service) when no other source gives one.")
    boolean keyring;

    @Option(names = "--keyring-service", defaultValue = KeyringPassword.DEFAULT_SERVICE, paramLabel = "NAME",
            description = "The keyring entry's service attribute, for --keyring and login --save-password (default: ${DEFAULT-VALUE}).")
    String keyringService;

    @Option(names = "--domain", defaultValue = "com", paramLabel = "com|cn",
            description = "iCloud region: com, or cn for China mainland accounts (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(names = "--icloud-endpoint", paramLabel = "ORIGIN",
            description = "Send all of Apple's sign-in and setup calls to this origin instead (for a fake iCloud), e.g. http://127.0.0.1:8780.")
    String endpoint;

    @Option(names = "--ca-file", paramLabel = "PEM", description = "Also trust the CA certificates in this PEM file.")
    Path caFile;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where sessions and sync state live (default: $XDG_STATE_HOME/orchard).")
    Path stateDir;

    /** The command this is part of; through its root, the config file's [account] sections. Null outside a command line. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Options for a caller that is not a command line (the demo). */
    public static ICloudOptions of(String username, String endpoint, Path stateDir) {
        ICloudOptions o = new ICloudOptions();
        o.usernames = List.of(username);
        o.endpoint = endpoint;
        o.stateDir = stateDir;
        o.domain = "com";
        return o;
    }

    public Path passwordFile() { return passwordFile; }

    /** Every password source the options and environment name; {@code console} null when nobody can type. */
    public PasswordSources passwords(AppContext ctx, java.io.Console console) {
        String id = username(ctx.env());
        return new PasswordSources(id, passwordCommand, passwordFile, ctx.setting("ORCHARD_PASSWORD"),
                keyring ? keyring(ctx) : null, console);
    }

    /** --keyring: the desktop keyring is a password source. */
    public boolean usesKeyring() { return keyring; }

    /** The desktop keyring's entry for this Apple ID. */
    public KeyringPassword keyring(AppContext ctx) {
        return new KeyringPassword(username(ctx.env()), keyringService == null ? KeyringPassword.DEFAULT_SERVICE : keyringService, ctx.env());
    }

    public String passwordCommand() { return passwordCommand; }

    /** The Apple IDs given with --username (or ORCHARD_USERNAME), in order; empty when none. */
    public List<String> usernames() {
        if (usernames == null) return List.of();
        return usernames.stream().map(String::strip).filter(u -> !u.isEmpty()).distinct().toList();
    }

    /**
     * The one Apple ID this command works on: the one given, else the only one configured ([account] sections) or
     * signed in on this machine. Several given, or none given and several there, is an error naming them.
     */
    public String username(Map<String, String> env) {
        List<String> given = usernames();
        if (given.size() > 1) {
            throw new ConfigException("--username was given " + given.size() + " times (" + String.join(", ", given)
                    + "); this command works on one Apple ID, so give one");
        }
        String one = chosen(env);
        if (one != null) return one;
        List<String> configured = configured();
        List<String> there = candidates(env);
        if (there.isEmpty()) throw new ConfigException("no Apple ID given: use --username or set ORCHARD_USERNAME");
        if (configured.isEmpty()) {
            throw new ConfigException("several Apple IDs are signed in on this machine (" + String.join(", ", there)
                    + "); choose one with --username");
        }
        throw new ConfigException("several Apple IDs are configured or signed in on this machine (" + String.join(", ", there)
                + "); choose one with --username");
    }

    /** The Apple ID given, else the only one configured or signed in here; null when that is not one. */
    public String chosen(Map<String, String> env) {
        List<String> given = usernames();
        if (given.size() == 1) return given.get(0);
        if (!given.isEmpty()) return null;
        List<String> there = candidates(env);
        return there.size() == 1 ? there.get(0) : null;
    }

    /** The Apple IDs of the config file's sections and those signed in, each once (case does not matter), sorted. */
    private List<String> candidates(Map<String, String> env) {
        TreeSet<String> ids = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ids.addAll(configured());
        ids.addAll(SignedInAccounts.in(stateDir(env)));
        return List.copyOf(ids);
    }

    private List<String> configured() {
        Object root = mixee == null ? null : mixee.root().userObject();
        return root instanceof RootCommand o ? o.context().config().accounts() : List.of();
    }

    public Endpoints endpoints() {
        Domain d;
        try {
            d = Domain.parse(domain);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--domain must be com or cn, got '" + domain + "'");
        }
        if (endpoint == null || endpoint.isBlank()) return Endpoints.apple(d);
        try {
            return Endpoints.override(endpoint, d);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--icloud-endpoint (ORCHARD_ICLOUD_ENDPOINT) " + e.getMessage());
        }
    }

    public TransportConfig transport(Map<String, String> env) {
        if (caFile != null) {
            try {
                ExtraCaTrust.check(caFile);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage().replaceFirst("^ORCHARD_CA_FILE ", "--ca-file "));
            }
        }
        try {
            return TransportConfig.defaults().withProxy(EnvProxySelector.fromEnvironment(env)).withCaFile(caFile);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** A transport to iCloud with these endpoint settings and an empty cookie jar; the caller closes it. */
    public HttpTransport http(AppContext ctx) {
        return new HttpTransport(transport(ctx.env()), new CookieJar(ctx.clock()));
    }

    public Path stateDir(Map<String, String> env) {
        if (stateDir != null) return stateDir;
        Map<String, String> withoutOverride = new HashMap<>(env);
        withoutOverride.remove("ORCHARD_STATE_DIR");
        return StateDirectory.resolve(withoutOverride);
    }

    public SessionStore store(Map<String, String> env) {
        return SessionStore.forAccount(stateDir(env), username(env));
    }
}

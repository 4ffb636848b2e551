package dev.orchard.app.password;

import dev.orchard.app.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The password from the desktop keyring (the freedesktop Secret Service: GNOME Keyring, KWallet, KeePassXC)
 * through {@code secret-tool}, stored under the attributes {@code service orchard account <Apple ID>} (the service
 * name is {@code --keyring-service}):
 * <pre>secret-tool store --label='Orchard' service orchard account you@example.com</pre>
 */
public final class KeyringPassword {
    static final long TIMEOUT_SECONDS = 30;
    public static final String DEFAULT_SERVICE = "orchard";

    private final String appleId;
    private final String service;
    private final Map<String, String> env;

    /** {@code env}: the environment secret-tool runs with (it needs the session's DBUS_SESSION_BUS_ADDRESS). */
    public KeyringPassword(String appleId, Map<String, String> env) {
        this(appleId, DEFAULT_SERVICE, env);
    }

    public KeyringPassword(String appleId, String service, Map<String, String> env) {
        if (service == null || service.isBlank()) throw new ConfigException("--keyring-service must not be empty");
        this.appleId = appleId;
        this.service = service.strip();
        this.env = env;
    }

    public String service() {
        return service;
    }

    /** The command a person runs to store the password by hand. */
    public String storeCommand() {
        return "secret-tool store --label='Orchard' service " + service + " account " + appleId;
    }

    private Path onPath(String name) {
        for (String dir : env.getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** The stored password, or null when the keyring has none for this Apple ID. */
    public char[] lookup() {
        ProcessBuilder pb = secretTool("--keyring", "lookup", "service", service, "account", appleId);
        try {
            SecretOutput.Result r = SecretOutput.run(pb, TIMEOUT_SECONDS);
            byte[] out = r.stdout();
            try {
                if (r.exit() < 0) throw new ConfigException("the keyring did not answer within " + TIMEOUT_SECONDS + " s (is it locked?)");
                if (r.exit() != 0 || out.length == 0) return null;
                return PasswordSources.firstLine(out, "the keyring entry for " + appleId);
            } finally {
                Arrays.fill(out, (byte) 0);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot run " + pb.command().get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while reading the keyring");
        }
    }

    /** Stores (or replaces) the password for this Apple ID; it goes to secret-tool on stdin, never in its arguments. */
    public void store(char[] password) {
        ProcessBuilder pb = secretTool("--save-password", "store", "--label=Orchard (" + appleId + ")", "service", service,
                "account", appleId).redirectErrorStream(true);
        byte[] secret = PasswordSources.utf8(password);
        try {
            SecretOutput.Result r = SecretOutput.run(pb, secret, TIMEOUT_SECONDS);
            if (r.exit() < 0) throw new ConfigException("the keyring did not answer within " + TIMEOUT_SECONDS + " s (is it locked?)");
            if (r.exit() != 0) {
                String said = new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
                throw new ConfigException("the keyring refused the password (secret-tool exit " + r.exit() + (said.isEmpty() ? "" : ": " + said)
                        + "); is a Secret Service (GNOME Keyring, KWallet, KeePassXC) running in this session?");
            }
        } catch (IOException e) {
            throw new ConfigException("cannot run " + pb.command().get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while writing to the keyring");
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private ProcessBuilder secretTool(String option, String... args) {
        Path tool = onPath("secret-tool");
        if (tool == null) throw new ConfigException(option + " needs secret-tool (Debian/Ubuntu: apt install libsecret-tools)");
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(tool.toString());
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb;
    }
}

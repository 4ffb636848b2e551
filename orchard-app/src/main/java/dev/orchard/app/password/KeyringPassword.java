package dev.orchard.app.password;

import dev.orchard.app.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The password from the desktop keyring (the freedesktop Secret Service: GNOME Keyring, KWallet, KeePassXC)
 * through {@code secret-tool}, stored under the attributes {@code service orchard account <Apple ID>}:
 * <pre>secret-tool store --label='Orchard' service orchard account you@example.com</pre>
 */
public final class KeyringPassword {
    static final long TIMEOUT_SECONDS = 30;

    private final String appleId;
    private final Map<String, String> env;

    /** {@code env}: the environment secret-tool runs with (it needs the session's DBUS_SESSION_BUS_ADDRESS). */
    public KeyringPassword(String appleId, Map<String, String> env) {
        this.appleId = appleId;
        this.env = env;
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
        Path tool = onPath("secret-tool");
        if (tool == null) throw new ConfigException("--keyring needs secret-tool (Debian/Ubuntu: apt install libsecret-tools)");
        ProcessBuilder pb = new ProcessBuilder(tool.toString(), "lookup", "service", "orchard", "account", appleId)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(env);
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
            throw new ConfigException("cannot run " + tool + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while reading the keyring");
        }
    }
}

package dev.orchard.app.password;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Secret Service for a test: a private D-Bus session (dbus-launch) with an unlocked GNOME Keyring in
 * a temporary home. Stopping the bus makes the keyring daemon exit too.
 */
final class PrivateSecretService implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("DBUS_SESSION_BUS_ADDRESS='?([^';\\n]+)");
    private static final Pattern PID = Pattern.compile("DBUS_SESSION_BUS_PID=(\\d+)");

    final Map<String, String> env = new HashMap<>();
    private long busPid = -1;

    /** Null when every tool is there, else why the test must be skipped. */
    static String missingTools() {
        for (String tool : new String[] {"dbus-launch", "gnome-keyring-daemon", "secret-tool"}) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, tool))) found = true;
            }
            if (!found) {
                return tool + " is not installed (Debian packages dbus-x11, gnome-keyring, libsecret-tools; ./run-tests installs them as root)";
            }
        }
        return null;
    }

    PrivateSecretService(Path home) throws Exception {
        Path runtime = Files.createDirectories(home.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        String launched = run(null, "dbus-launch", "--sh-syntax");
        Matcher a = ADDRESS.matcher(launched);
        Matcher p = PID.matcher(launched);
        if (!a.find() || !p.find()) throw new IllegalStateException("dbus-launch printed no bus: " + launched);
        env.put("DBUS_SESSION_BUS_ADDRESS", a.group(1));
        busPid = Long.parseLong(p.group(1));
        // --daemonize returns once the keyring is on the bus, unlocked with the password on stdin.
        run("keyring-unlock-pw", "gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize");
    }

    void store(String appleId, String password) throws Exception {
        run(password, "secret-tool", "store", "--label=Orchard", "service", "orchard", "account", appleId);
    }

    private String run(String stdin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process proc = pb.start();
        try (var in = proc.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(30, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() {
        if (busPid > 0) ProcessHandle.of(busPid).ifPresent(ProcessHandle::destroy);
    }
}

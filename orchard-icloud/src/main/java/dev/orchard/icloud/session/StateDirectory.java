package dev.orchard.icloud.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Orchard's state directory: {@code $ORCHARD_STATE_DIR}, else {@code $XDG_STATE_HOME/orchard}, else
 * {@code $HOME/.local/state/orchard}. Each Apple ID gets {@code accounts/<id>/} below it.
 */
public final class StateDirectory {
    private StateDirectory() {
    }

    public static Path resolve(Map<String, String> env) {
        String explicit = env.get("ORCHARD_STATE_DIR");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "orchard");
        return home(env).resolve(".local").resolve("state").resolve("orchard");
    }

    /** {@code $HOME} when it is an absolute path (as XDG tools read it), else the account's home from the system. */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) return Path.of(home);
        return Path.of(System.getProperty("user.home"));
    }

    /** A file-system-safe directory name for an Apple ID, stable across runs and case-insensitive. */
    public static String accountDirectoryName(String appleId) {
        String lower = appleId.trim().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (char c : lower.toCharArray()) {
            b.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '@' || c == '-' || c == '_' ? c : '_');
        }
        String safe = b.toString();
        if (safe.isEmpty() || safe.startsWith(".")) safe = "_" + safe;
        if (safe.length() > 100) safe = safe.substring(0, 100);
        return safe;
    }
}

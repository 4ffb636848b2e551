package dev.orchard.drive.state;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Paths are compared the way iCloud does: case-insensitively after NFC normalisation (docs/protocol/drive-sync.md §5), so
 * the base is keyed by {@link #key(String)}. Paths are relative, '/'-separated, without leading slash.
 */
public final class PathKeys {
    private PathKeys() {
    }

    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static String key(String path) {
        return nfc(path).toLowerCase(Locale.ROOT);
    }

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }

    /** Whether {@code path} is {@code ancestor} or lies below it (both keys or both paths). */
    public static boolean within(String path, String ancestor) {
        return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    public static int depth(String path) {
        if (path.isEmpty()) return 0;
        int n = 1;
        for (int i = 0; i < path.length(); i++) if (path.charAt(i) == '/') n++;
        return n;
    }
}

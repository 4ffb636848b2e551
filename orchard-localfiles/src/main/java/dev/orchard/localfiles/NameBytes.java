package dev.orchard.localfiles;

import java.nio.charset.StandardCharsets;

/**
 * Linux file systems hold names of at most 255 bytes (UTF-8 here). Names Orchard makes from a user's name
 * (conflict copies, temporary uploads, trash names) are fitted to that by shortening the stem, keeping the
 * extension so the file still opens in its app, and never cutting through a character.
 */
public final class NameBytes {
    public static final int MAX = 255;
    /** Longer "extensions" are just part of the name (a dot inside a long title). */
    private static final int MAX_EXTENSION = 32;

    private NameBytes() {
    }

    public static int of(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code prefix + stem + insert + extension}, the stem of {@code name} shortened to fit {@link #MAX} bytes. */
    public static String fit(String prefix, String name, String insert) {
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && of(name.substring(dot)) <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - ext.length());
        int budget = MAX - of(prefix) - of(insert) - of(ext);
        if (budget < 1) throw new IllegalArgumentException("no room for a name around '" + insert + "'");
        return prefix + truncate(stem, budget) + insert + ext;
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes, whole code points only. */
    static String truncate(String s, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int len = of(new String(Character.toChars(cp)));
            if (used + len > maxBytes) break;
            used += len;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}

package dev.orchard.photos.options;

import java.util.Locale;

/** How album folders refer to the files under Photos/. */
public enum LinkMode {
    /** Relative symbolic links (no extra space; the default). */
    SYMLINK,
    /** Hard links (no extra space; survive moving Albums/ alone; same file system only). */
    HARDLINK,
    /** Full copies (for file systems or tools that understand neither). */
    COPY;

    public static LinkMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown album link mode '" + text + "' (expected symlink, hardlink or copy)");
        }
    }
}

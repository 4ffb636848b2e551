package dev.orchard.drive.options;

import java.util.Locale;

/**
 * What to do when a file changed on both sides (docs/protocol/drive-sync.md §2). Whatever loses is kept: a remote loser goes
 * to the iCloud Drive trash, a local loser becomes a conflict copy that is synced like any file.
 */
public enum ConflictStrategy {
    /** Both versions side by side: the iCloud version as {@code name (conflict <date time>).ext}. */
    KEEP_BOTH,
    /** The newer by modification time wins; within the 1 s tolerance both are kept. */
    PREFER_NEWER,
    PREFER_LOCAL,
    PREFER_REMOTE;

    public static ConflictStrategy parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("conflict strategy must be keep_both, prefer_newer, prefer_local or "
                    + "prefer_remote, got '" + s + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

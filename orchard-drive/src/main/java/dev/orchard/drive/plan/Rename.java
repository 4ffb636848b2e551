package dev.orchard.drive.plan;

/**
 * A rename or move found by identity (inode locally, drivewsid remotely, docs/protocol/drive-sync.md §4), replayed on the
 * other side as a rename; or a file moved aside to a conflict name because the other side has a folder there.
 */
public record Rename(Kind kind, String from, String to, boolean dir) {
    public enum Kind {
        /** Renamed in iCloud: rename the local file. */
        LOCAL("rename local"),
        /** Renamed locally: rename in iCloud. */
        REMOTE("rename in iCloud"),
        /** Renamed the same way on both sides: only the base moves. */
        BOTH("renamed on both sides"),
        /** The local file is in the way of an iCloud folder: it becomes a conflict copy. */
        LOCAL_ASIDE("move local file aside"),
        /** The iCloud file is in the way of a local folder: it becomes a conflict copy. */
        REMOTE_ASIDE("move iCloud file aside");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    public String describe() {
        return kind.label() + ": " + from + (dir ? "/" : "") + " -> " + to + (dir ? "/" : "");
    }
}

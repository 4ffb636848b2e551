package dev.orchard.photos.report;

/** Progress of a sync, for progress bars and logs. Called from several threads. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    /** A new step began: "checking iCloud for changes", "listing PrimarySync", "downloading", ... */
    default void phase(String description) {
    }

    /** {@code listed} of about {@code expected} assets of {@code zone} are in. */
    default void listed(String zone, long listed, long expected) {
    }

    /** About this much is to be downloaded (refined as planning goes). */
    default void planned(long files, long bytes) {
    }

    /** Bytes arrived. */
    default void bytes(long count) {
    }

    /** A file is in place. */
    default void fileDone(String path) {
    }

    /** Something the user should know that does not stop the sync. */
    default void warning(String message) {
    }
}

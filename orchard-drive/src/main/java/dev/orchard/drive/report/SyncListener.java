package dev.orchard.drive.report;

/** Progress of a pass, for the command line and the daemon. Every method has a no-op default. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() { };

    default void phase(String what) { }

    default void warning(String message) { }

    /** An action is done (or failed: {@code error} non-null). */
    default void done(String action, String path, String error) { }
}

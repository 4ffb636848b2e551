package dev.orchard.drive.sync;

/** A safety check stopped the pass before anything changed (docs/protocol/drive-sync.md §3); the message says why and what to do. */
public class AbortedException extends RuntimeException {
    public AbortedException(String message) {
        super(message);
    }
}

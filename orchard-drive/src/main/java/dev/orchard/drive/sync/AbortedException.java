package dev.orchard.drive.sync;

/** A safety check stopped the pass before anything changed (drive.md §14); the message says why and what to do. */
public class AbortedException extends RuntimeException {
    public AbortedException(String message) {
        super(message);
    }
}

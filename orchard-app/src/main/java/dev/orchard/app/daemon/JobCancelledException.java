package dev.orchard.app.daemon;

/** Thrown by a job that stopped early because the daemon is shutting down. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("stopped because Orchard is shutting down");
    }
}

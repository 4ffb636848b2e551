package dev.orchard.drive.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * Batches file-system events: a pass is due once something changed and nothing has changed for the quiet
 * period (an editor still writing keeps it waiting, so half-written files are not uploaded). Times come
 * from the caller, so tests drive it without waiting.
 */
public final class QuietPeriod {
    private final Duration quiet;
    private Instant lastEvent;

    public QuietPeriod(Duration quiet) {
        this.quiet = quiet;
    }

    public synchronized void touch(Instant at) {
        lastEvent = at;
    }

    public synchronized boolean pending() {
        return lastEvent != null;
    }

    /** Whether a pass is due at {@code now}. */
    public synchronized boolean ready(Instant now) {
        return lastEvent != null && !now.isBefore(lastEvent.plus(quiet));
    }

    /** How long until it would be ready, or null when nothing is pending. */
    public synchronized Duration remaining(Instant now) {
        if (lastEvent == null) return null;
        Duration d = Duration.between(now, lastEvent.plus(quiet));
        return d.isNegative() ? Duration.ZERO : d;
    }

    public synchronized void clear() {
        lastEvent = null;
    }
}

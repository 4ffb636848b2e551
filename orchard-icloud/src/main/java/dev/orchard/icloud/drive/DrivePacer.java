package dev.orchard.icloud.drive;

import dev.orchard.icloud.http.Sleeper;

import java.time.Duration;

/**
 * Spacing between Drive calls across threads, after rclone's pacer (docs/protocol/drive.md §7): none while iCloud is
 * happy; after a throttling answer 10 ms, doubling with each further one up to 2 s, halving with each
 * success until it is gone again.
 */
final class DrivePacer {
    private static final long MIN_NANOS = Duration.ofMillis(10).toNanos();
    private static final long MAX_NANOS = Duration.ofSeconds(2).toNanos();

    private final Sleeper sleeper;
    private long spacingNanos;
    private long next;

    DrivePacer(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Waits for this caller's turn. */
    void pace() {
        long wait;
        synchronized (this) {
            if (spacingNanos == 0) return;
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + spacingNanos;
            wait = slot - now;
        }
        try {
            sleeper.sleep(Duration.ofNanos(wait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriveException(DriveException.Kind.PROTOCOL, 0, "interrupted while pacing iCloud Drive calls");
        }
    }

    synchronized void throttled() {
        spacingNanos = Math.min(MAX_NANOS, Math.max(MIN_NANOS, spacingNanos * 2));
    }

    synchronized void succeeded() {
        spacingNanos = spacingNanos / 2 < MIN_NANOS ? 0 : spacingNanos / 2;
    }

    synchronized Duration spacing() {
        return Duration.ofNanos(spacingNanos);
    }
}

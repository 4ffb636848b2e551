package dev.orchard.icloud.http;

import java.time.Duration;

/** Spaces requests at least {@code 1/rate} seconds apart across threads (0: no pacing). */
final class RequestPacer {
    private final long intervalNanos;
    private long next;

    RequestPacer(double requestsPerSecond) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1e9 / requestsPerSecond);
    }

    /** How long the caller must wait before sending; reserves its slot. */
    synchronized Duration reserve() {
        if (intervalNanos == 0) return Duration.ZERO;
        long now = System.nanoTime();
        long slot = Math.max(now, next);
        next = slot + intervalNanos;
        return Duration.ofNanos(slot - now);
    }
}

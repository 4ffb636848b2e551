package dev.orchard.app.daemon;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.http.RetryLaterException;

import java.time.Duration;
import java.time.Instant;

/** When to try a failed job again: 1 min, doubling up to 1 h, and never before Apple's retry time. */
final class RetryBackoff {
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration MAX = Duration.ofHours(1);

    private RetryBackoff() {
    }

    static Instant next(Instant end, int failures, Throwable cause, Instant regular) {
        Duration wait = FIRST.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 6));
        if (wait.compareTo(MAX) > 0) wait = MAX;
        Instant retry = end.plus(wait);
        if (regular != null && regular.isBefore(retry)) retry = regular;
        Instant notBefore = retryAt(cause);
        return notBefore != null && notBefore.isAfter(retry) ? notBefore : retry;
    }

    private static Instant retryAt(Throwable cause) {
        if (cause instanceof AuthException a) return a.retryAt();
        if (cause instanceof RetryLaterException r) return r.retryAt();
        return null;
    }
}

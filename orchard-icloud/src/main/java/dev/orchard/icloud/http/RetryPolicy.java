package dev.orchard.icloud.http;

import java.time.Duration;
import java.util.Set;

/**
 * When and how long to retry a request: network errors and the listed statuses, up to {@code maxRetries}
 * times, exponential backoff from {@code baseDelay} capped at {@code maxDelay}; a Retry-After header is
 * honoured up to {@code retryAfterCap} (a longer one gives up at once and reports the time).
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration retryAfterCap,
                          Set<Integer> retryStatuses, boolean retryNetworkErrors) {

    private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);

    /** docs/protocol/sign-in.md §6: at most two retries, 2 s then 4 s, Retry-After honoured up to 30 s. */
    public static final RetryPolicy AUTH = new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Set.of(429, 503), true);

    /** Read-only service calls (CloudKit queries, Drive listings). */
    public static final RetryPolicy READ = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(120), TRANSIENT, true);

    /** Calls that must not be repeated blindly (uploads, mutations): no automatic retry. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Set.of(), false);

    public RetryPolicy {
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0");
    }

    /** The delay before retry number {@code attempt} (1-based) without a Retry-After. */
    public Duration backoff(int attempt) {
        long base = baseDelay.toMillis();
        long d = base << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(d, maxDelay.toMillis()));
    }
}

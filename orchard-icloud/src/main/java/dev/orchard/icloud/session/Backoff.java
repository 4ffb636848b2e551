package dev.orchard.icloud.session;

import java.time.Duration;
import java.time.Instant;

/**
 * Apple's sign-in throttling memory (docs/protocol/sign-in.md §6): after Apple refuses, no new password sign-in before
 * {@code notBefore}; the wait starts at 15 minutes and doubles up to 6 hours. Persisted across restarts.
 */
public record Backoff(int refusals, Instant notBefore) {
    static final Duration FIRST = Duration.ofMinutes(15);
    static final Duration MAX = Duration.ofHours(6);

    public static Backoff none() {
        return new Backoff(0, null);
    }

    /** The state after one more refusal at {@code now}; Apple's own hint wins when it is later. */
    public Backoff refused(Instant now, Instant appleHint) {
        long factor = 1L << Math.min(refusals, 16);
        Duration wait = FIRST.multipliedBy(factor);
        if (wait.compareTo(MAX) > 0) wait = MAX;
        Instant next = now.plus(wait);
        if (appleHint != null && appleHint.isAfter(next)) next = appleHint;
        return new Backoff(refusals + 1, next);
    }

    public boolean blocks(Instant now) {
        return notBefore != null && now.isBefore(notBefore);
    }
}

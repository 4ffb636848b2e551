package dev.orchard.app.signin;

import dev.orchard.app.mfa.Durations;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.PasswordProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Hands out the password for at most one sign-in per {@code gap}: a service that keeps dropping the
 * session must not turn into a stream of password sign-ins, which is how Apple IDs get throttled or locked.
 */
final class PacedPassword implements PasswordProvider {
    private final PasswordProvider delegate;
    private final Duration gap;
    private final String appleId;
    private final Clock clock;
    private Instant lastUse;

    PacedPassword(PasswordProvider delegate, Duration gap, String appleId, Clock clock) {
        this.delegate = delegate;
        this.gap = gap;
        this.appleId = appleId;
        this.clock = clock;
    }

    @Override
    public synchronized char[] password() {
        Instant now = clock.instant();
        if (lastUse != null && now.isBefore(lastUse.plus(gap))) {
            Instant next = lastUse.plus(gap);
            throw new AuthException(AuthException.Reason.THROTTLED, "Orchard used the password for " + appleId + " "
                    + minutes(Duration.between(lastUse, now)) + " ago and uses it at most once every " + Durations.describe(gap)
                    + " (--password-sign-in-gap), so that sign-ins that keep failing (wrong codes, a dropped session) cannot get "
                    + "the Apple ID locked; it signs in again by itself in " + minutes(Duration.between(now, next)) + ".", next);
        }
        lastUse = now;
        return delegate.password();
    }

    /** Whole minutes, rounded up, for a message people read: "3 min"; under one minute, seconds. */
    private static String minutes(Duration d) {
        if (d.toSeconds() < 60) return Math.max(1, d.toSeconds()) + " s";
        return Durations.describe(Duration.ofMinutes((d.toSeconds() + 59) / 60));
    }
}

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
            throw new AuthException(AuthException.Reason.THROTTLED, "Orchard tried the password for " + appleId + " less than "
                    + Durations.describe(gap) + " ago; waiting before trying it again (--password-sign-in-gap).", next);
        }
        lastUse = now;
        return delegate.password();
    }
}

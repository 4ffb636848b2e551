package dev.orchard.app.signin;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.PasswordProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Hands out the password for at most one sign-in per {@link #MIN_GAP}: a service that keeps dropping the
 * session must not turn into a stream of password sign-ins, which is how Apple IDs get locked.
 */
final class PacedPassword implements PasswordProvider {
    static final Duration MIN_GAP = Duration.ofMinutes(15);

    private final PasswordProvider delegate;
    private final String appleId;
    private final Clock clock;
    private Instant lastUse;

    PacedPassword(PasswordProvider delegate, String appleId, Clock clock) {
        this.delegate = delegate;
        this.appleId = appleId;
        this.clock = clock;
    }

    @Override
    public synchronized char[] password() {
        Instant now = clock.instant();
        if (lastUse != null && now.isBefore(lastUse.plus(MIN_GAP))) {
            Instant next = lastUse.plus(MIN_GAP);
            throw new AuthException(AuthException.Reason.THROTTLED, "Orchard signed in to " + appleId
                    + " with the password less than 15 minutes ago and Apple dropped the session again; waiting before the next try.", next);
        }
        lastUse = now;
        return delegate.password();
    }
}

package dev.orchard.app.signin;

import dev.orchard.app.daemon.MutableClock;
import dev.orchard.icloud.auth.AuthException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacedPasswordTest {
    @Test
    void aSecondPasswordSignInWithinTheGapWaitsUntilItHasPassed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        PacedPassword p = new PacedPassword("pw"::toCharArray, Duration.ofMinutes(15), "a@example.com", clock);
        assertThat(new String(p.password())).isEqualTo("pw");
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(p::password).isInstanceOfSatisfying(AuthException.class, e -> {
            assertThat(e.reason()).isEqualTo(AuthException.Reason.THROTTLED);
            assertThat(e.retryAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
            assertThat(e.getMessage()).isEqualTo("Orchard used the password for a@example.com 5 min ago and uses it at most once every "
                    + "15 min (--password-sign-in-gap), so that sign-ins that keep failing (wrong codes, a dropped session) cannot get "
                    + "the Apple ID locked; it signs in again by itself in 10 min.");
        });
        clock.advance(Duration.ofMinutes(10));
        assertThat(new String(p.password())).isEqualTo("pw");
    }
}

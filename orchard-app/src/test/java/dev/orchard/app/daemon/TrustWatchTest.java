package dev.orchard.app.daemon;

import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TrustWatchTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final AtomicReference<Instant> expiry = new AtomicReference<>(clock.instant().plus(Duration.ofDays(30)));
    final List<Event> events = new ArrayList<>();
    final TrustWatch watch = new TrustWatch("a@example.com", () -> Optional.ofNullable(expiry.get()), Duration.ofDays(7), events::add, clock);

    @Test
    void warnsOncePerTrustTokenWithinTheWarningTime() {
        watch.check();
        assertThat(events).isEmpty();
        assertThat(watch.secondsLeft()).isEqualTo(30 * 86400.0);
        clock.advance(Duration.ofDays(24));
        watch.check();
        watch.check();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(EventType.TRUST_EXPIRING);
        assertThat(events.get(0).title()).contains("in 6 days");
        assertThat(events.get(0).message()).contains("a@example.com");

        expiry.set(clock.instant().plus(Duration.ofDays(60)));
        watch.check();
        assertThat(events).hasSize(1);
        clock.advance(Duration.ofDays(55));
        watch.check();
        assertThat(events).hasSize(2);
    }

    @Test
    void unknownTrustIsNotAWarning() {
        expiry.set(null);
        watch.check();
        assertThat(events).isEmpty();
        assertThat(watch.secondsLeft()).isNaN();
    }
}

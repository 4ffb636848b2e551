package dev.orchard.app.daemon;

import dev.orchard.app.command.Formats;
import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventSink;
import dev.orchard.app.notify.EventType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Raises "trust expiring" once per trust token when the HSA-TRUST cookie says Apple will ask for a new
 * code within {@code warnBefore}, and exposes the seconds left as a gauge.
 */
public final class TrustWatch {
    private final Supplier<Optional<Instant>> trustExpires;
    private final Duration warnBefore;
    private final EventSink events;
    private final Clock clock;
    private final String account;
    private Instant warnedFor;

    public TrustWatch(String account, Supplier<Optional<Instant>> trustExpires, Duration warnBefore, EventSink events, Clock clock) {
        this.account = account;
        this.trustExpires = trustExpires;
        this.warnBefore = warnBefore;
        this.events = events;
        this.clock = clock;
    }

    public synchronized void check() {
        Instant expires = trustExpires.get().orElse(null);
        if (expires == null || expires.equals(warnedFor)) return;
        Instant now = clock.instant();
        if (expires.isAfter(now.plus(warnBefore))) return;
        warnedFor = expires;
        String when = expires.isAfter(now) ? "on " + Formats.dateTime(expires) + " (" + Formats.inDays(clock, expires) + ")" : "now";
        events.raise(new Event(EventType.TRUST_EXPIRING, "Apple will ask Orchard for a code " + Formats.inDays(clock, expires),
                "This machine's trust for " + account + " ends " + when + "; then Apple wants a new two-factor code. "
                        + "Orchard will ask for it on its web page.", account, null, now));
    }

    /** Seconds until the trust ends (negative once it has), NaN when unknown. */
    public double secondsLeft() {
        return trustExpires.get().map(t -> (double) Duration.between(clock.instant(), t).toSeconds()).orElse(Double.NaN);
    }
}

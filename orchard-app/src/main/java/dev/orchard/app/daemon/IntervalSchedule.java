package dev.orchard.app.daemon;

import dev.orchard.app.mfa.Durations;

import java.time.Duration;
import java.time.Instant;

/** Runs again a fixed time after the previous run ended (so runs never pile up). */
public record IntervalSchedule(Duration every) implements Schedule {
    @Override
    public Instant next(Instant after) {
        return after.plus(every);
    }

    @Override
    public String describe() {
        return "every " + Durations.describe(every);
    }
}

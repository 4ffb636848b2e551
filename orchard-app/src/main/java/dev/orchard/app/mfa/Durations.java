package dev.orchard.app.mfa;

import java.time.Duration;

/** Human wording for durations in messages. */
public final class Durations {
    private Durations() {
    }

    public static String describe(Duration d) {
        long s = d.toSeconds();
        if (s % 86400 == 0 && s >= 86400) return s / 86400 + " d";
        if (s % 3600 == 0 && s >= 3600) return s / 3600 + " h";
        if (s % 60 == 0 && s >= 60) return s / 60 + " min";
        return s + " s";
    }
}

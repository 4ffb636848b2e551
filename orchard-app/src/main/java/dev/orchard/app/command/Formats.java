package dev.orchard.app.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times read in CLI output. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.systemDefault());

    private Formats() {
    }

    public static String dateTime(Instant t) {
        return DATE_TIME.format(t);
    }

    /** "in 12 days", "today", "3 days ago". */
    public static String inDays(Clock clock, Instant t) {
        long days = Duration.between(clock.instant(), t).toDays();
        if (days == 0) return Duration.between(clock.instant(), t).isNegative() ? "earlier today" : "today";
        return days > 0 ? "in " + days + " day" + (days == 1 ? "" : "s") : -days + " day" + (days == -1 ? "" : "s") + " ago";
    }

    public static String age(Duration d) {
        long days = d.toDays();
        if (days >= 1) return days + " day" + (days == 1 ? "" : "s");
        long hours = d.toHours();
        if (hours >= 1) return hours + " hour" + (hours == 1 ? "" : "s");
        return Math.max(0, d.toMinutes()) + " min";
    }
}

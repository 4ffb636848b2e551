package dev.orchard.fake.drive.drivews;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The two date styles drivews mixes: UTC with Z, and Cupertino local time with an offset (dateChanged). */
public final class Dates {
    private static final DateTimeFormatter PACIFIC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneId.of("America/Los_Angeles"));

    private Dates() {
    }

    /** e.g. {@code 2024-02-01T10:00:00Z} */
    public static String utc(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** e.g. {@code 2024-02-01T02:00:00-08:00} */
    public static String pacific(Instant t) {
        return PACIFIC.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}

package dev.orchard.app.daemon;

import dev.orchard.app.command.DurationConverter;
import dev.orchard.app.config.ConfigException;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When a job runs: every interval ({@code 6h}, {@code 30m}, {@code 1d}), on a cron expression (five
 * fields, e.g. {@code 0 3 * * *}, local time), or {@code off}.
 */
public interface Schedule {
    /** The first run time after a run ended at {@code after}; null when the job never runs by itself. */
    Instant next(Instant after);

    String describe();

    Schedule OFF = new Schedule() {
        @Override
        public Instant next(Instant after) {
            return null;
        }

        @Override
        public String describe() {
            return "off (only when asked)";
        }
    };

    /** Parses an option value; {@code option} names it in the error message. */
    static Schedule parse(String value, String option, ZoneId zone) {
        String v = value == null ? "" : value.strip();
        if (v.equalsIgnoreCase("off")) return OFF;
        if (v.contains(" ")) return CronSchedule.parse(v, option, zone);
        try {
            return new IntervalSchedule(new DurationConverter().convert(v));
        } catch (RuntimeException e) {
            throw new ConfigException(option + ": '" + value + "' is not a schedule (use an interval such as 30m, 6h, 1d, "
                    + "a cron expression such as '0 3 * * *', or off)");
        }
    }
}

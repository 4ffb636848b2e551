package dev.orchard.app.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The jobs {@code orchard run} knows, each with a {@code --<name>-schedule} option (env
 * {@code ORCHARD_<NAME>_SCHEDULE}); {@code orchard run} says which jobs it can build.
 */
public final class JobCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(JobCatalog.class);

    private JobCatalog() {
    }

    /**
     * A job this build can run: it joins when its schedule is set, or with {@code defaultSchedule} when its
     * folder was configured ({@code configured}).
     */
    public record Offer(Supplier<SyncJob> job, boolean configured, String defaultSchedule) {
    }

    /** The schedule options. */
    public static final class Options {
        @Option(names = "--session-schedule", defaultValue = "1h", paramLabel = "SCHEDULE",
                description = "How often to check the iCloud session between syncs: an interval (30m, 6h), a cron expression "
                        + "('0 * * * *') or off (default: ${DEFAULT-VALUE}).")
        String session;

        @Option(names = "--photos-schedule", paramLabel = "SCHEDULE",
                description = "When the photos backup runs: an interval (6h), a cron expression ('0 3 * * *'), or off for only when asked "
                        + "on the status page (default: every 6h when --photos-dir is set, else not part of this service).")
        String photos;

        @Option(names = "--drive-schedule", paramLabel = "SCHEDULE",
                description = "When the drive sync runs: an interval (5m), a cron expression, or off for only when asked "
                        + "(default: every --drive-interval, 5m, when --drive-dir is set, else not part of this service).")
        String drive;

        /**
         * The session check plus every job in {@code available} that has a schedule, or whose folder was
         * configured. A schedule set for a job this build cannot run is reported and ignored.
         */
        public List<ScheduledJob> jobs(Clock clock, Map<String, Offer> available) {
            ZoneId zone = clock.getZone();
            List<ScheduledJob> out = new ArrayList<>();
            out.add(new ScheduledJob(new SessionCheckJob(), Schedule.parse(session, "--session-schedule", zone)));
            add(out, "photos", photos, available, zone);
            add(out, "drive", drive, available, zone);
            return out;
        }

        private static void add(List<ScheduledJob> out, String name, String schedule, Map<String, Offer> available,
                                ZoneId zone) {
            Offer offer = available.get(name);
            boolean set = schedule != null && !schedule.isBlank();
            if (!set && (offer == null || !offer.configured())) return;
            Schedule parsed = Schedule.parse(set ? schedule : offer.defaultSchedule(), "--" + name + "-schedule", zone);
            if (offer == null) {
                LOG.warn("--{}-schedule is set, but this build has no {} job; ignoring it", name, name);
                return;
            }
            out.add(new ScheduledJob(offer.job().get(), parsed));
        }
    }
}

package dev.orchard.app.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The jobs {@code orchard run} knows, each with a {@code --<name>-schedule} option (env
 * {@code ORCHARD_<NAME>_SCHEDULE}). The photos and drive engines add themselves here when they land.
 */
public final class JobCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(JobCatalog.class);

    private JobCatalog() {
    }

    /** The schedule options. */
    public static final class Options {
        @Option(names = "--session-schedule", defaultValue = "1h", paramLabel = "SCHEDULE",
                description = "How often to check the iCloud session between syncs: an interval (30m, 6h), a cron expression "
                        + "('0 * * * *') or off (default: ${DEFAULT-VALUE}).")
        String session;

        @Option(names = "--photos-schedule", paramLabel = "SCHEDULE", description = "When the photos backup runs (once it is part of this build).")
        String photos;

        @Option(names = "--drive-schedule", paramLabel = "SCHEDULE", description = "When the drive sync runs (once it is part of this build).")
        String drive;

        public List<ScheduledJob> jobs(Clock clock) {
            ZoneId zone = clock.getZone();
            List<ScheduledJob> out = new ArrayList<>();
            out.add(new ScheduledJob(new SessionCheckJob(), Schedule.parse(session, "--session-schedule", zone)));
            if (photos != null) {
                Schedule.parse(photos, "--photos-schedule", zone);
                LOG.warn("--photos-schedule is set, but this build has no photos job yet; ignoring it");
            }
            if (drive != null) {
                Schedule.parse(drive, "--drive-schedule", zone);
                LOG.warn("--drive-schedule is set, but this build has no drive job yet; ignoring it");
            }
            return out;
        }
    }
}

package dev.orchard.app.cli;

import dev.orchard.app.config.ConfigException;
import dev.orchard.app.daemon.ScheduledJob;
import dev.orchard.app.daemon.SessionCheckJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.stream.Collectors;

/** Which jobs an account of {@code orchard run} has and when they run: said at start, in the log and by {@code doctor}. */
final class JobPlan {
    private static final Logger LOG = LoggerFactory.getLogger(JobPlan.class);

    private JobPlan() {
    }

    /** The sync jobs, not the session check. */
    static List<ScheduledJob> syncJobs(List<ScheduledJob> jobs) {
        return jobs.stream().filter(j -> !(j.job() instanceof SessionCheckJob)).toList();
    }

    /** "photos every 6 h, drive every 5 min", or "nothing to sync". */
    static String describe(List<ScheduledJob> jobs) {
        List<ScheduledJob> sync = syncJobs(jobs);
        if (sync.isEmpty()) return "nothing to sync";
        return sync.stream().map(j -> j.job().name() + " " + j.schedule().describe()).collect(Collectors.joining(", "));
    }

    /** A service that backs up nothing is a mistake: say what to add. */
    static void requireSyncJob(String appleId, List<ScheduledJob> jobs, boolean sections) {
        if (!syncJobs(jobs).isEmpty()) return;
        throw new ConfigException("nothing to sync for " + appleId + ": set photos-dir (a photos backup every 6h) and/or drive-dir "
                + "(iCloud Drive kept in sync, checked every 5m)" + (sections ? " in its [account " + appleId + "] section"
                : " in the config file, as ORCHARD_PHOTOS_DIR / ORCHARD_DRIVE_DIR, or with --photos-dir / --drive-dir"));
    }

    static void log(String appleId, List<ScheduledJob> jobs) {
        for (ScheduledJob j : jobs) LOG.info("{}: job {} runs {}", appleId, j.job().name(), j.schedule().describe());
    }
}

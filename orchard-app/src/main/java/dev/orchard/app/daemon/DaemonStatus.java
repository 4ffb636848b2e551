package dev.orchard.app.daemon;

import java.time.Instant;
import java.util.List;

/** Everything the status page and {@code /api/status} show, taken at one moment. */
public record DaemonStatus(String account, String version, Instant startedAt, String sessionState, String sessionLabel,
                           String sessionDetail, Instant retryAt, Instant trustExpires, boolean waitingForCode,
                           List<JobSnapshot> jobs, List<RecentErrors.Entry> recentErrors) {
}

package dev.orchard.app.status;

import java.time.Instant;
import java.util.List;

/** One Apple ID on the status page and in {@code /api/status}, taken at one moment. */
public record AccountStatus(String account, String sessionState, String sessionLabel, String sessionDetail, Instant retryAt,
                            Instant trustExpires, boolean waitingForCode, List<JobSnapshot> jobs, List<RecentErrors.Entry> recentErrors) {
}

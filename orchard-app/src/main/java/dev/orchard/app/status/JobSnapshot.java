package dev.orchard.app.status;

import java.time.Instant;

/**
 * A job's state at one moment, for the status page, {@code orchard status} and the history file.
 * {@code lastResult} is ok, partial, failed or cancelled (null before the first run).
 */
public record JobSnapshot(String name, String schedule, boolean running, JobProgress progress,
                          Instant lastStart, Instant lastEnd, String lastResult, String lastSummary,
                          Instant lastSuccess, int consecutiveFailures, Instant nextRun) {
}

package dev.orchard.app.daemon;

/**
 * What a finished run reports: one line for the status page and notifications, and how many items it
 * had to skip (a run with skipped items is "partial", not failed).
 */
public record JobOutcome(String summary, long failedItems) {
    public static JobOutcome ok(String summary) {
        return new JobOutcome(summary, 0);
    }

    public boolean partial() {
        return failedItems > 0;
    }
}

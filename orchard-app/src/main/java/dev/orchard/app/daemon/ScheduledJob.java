package dev.orchard.app.daemon;

/** A job and when it runs. */
public record ScheduledJob(SyncJob job, Schedule schedule) {
}

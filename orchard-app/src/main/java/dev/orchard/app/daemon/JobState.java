package dev.orchard.app.daemon;

import dev.orchard.app.status.JobProgress;
import dev.orchard.app.status.JobSnapshot;
import java.time.Instant;

/** The live, thread-safe state of one scheduled job. */
final class JobState {
    private final SyncJob job;
    private final Schedule schedule;
    private boolean running;
    private boolean requested;
    private JobProgress progress;
    private Instant lastStart;
    private Instant lastEnd;
    private String lastResult;
    private String lastSummary;
    private Instant lastSuccess;
    private int consecutiveFailures;
    private Instant nextRun;

    JobState(SyncJob job, Schedule schedule) {
        this.job = job;
        this.schedule = schedule;
    }

    SyncJob job() {
        return job;
    }

    Schedule schedule() {
        return schedule;
    }

    String name() {
        return job.name();
    }

    synchronized void restore(JobSnapshot saved, Instant now) {
        lastStart = saved.lastStart();
        lastEnd = saved.lastEnd();
        lastResult = saved.lastResult();
        lastSummary = saved.lastSummary();
        lastSuccess = saved.lastSuccess();
        consecutiveFailures = saved.consecutiveFailures();
        nextRun = lastEnd == null ? now : schedule.next(lastEnd);
    }

    /** Marks the job running when it is due (or asked for) and not running yet. */
    synchronized boolean claimIfDue(Instant now) {
        if (running) return false;
        boolean due = requested || (nextRun != null && !nextRun.isAfter(now));
        if (!due) return false;
        running = true;
        requested = false;
        lastStart = now;
        progress = null;
        return true;
    }

    /** Asks for a run as soon as possible; false when one is running already. */
    synchronized boolean request() {
        if (running) return false;
        requested = true;
        return true;
    }

    synchronized void progress(JobProgress p) {
        if (running) progress = p;
    }

    synchronized void finished(Instant end, String result, String summary, boolean success, Instant next) {
        running = false;
        progress = null;
        lastEnd = end;
        lastResult = result;
        lastSummary = summary;
        if (success) {
            lastSuccess = end;
            consecutiveFailures = 0;
        } else if (!result.equals("cancelled")) {
            consecutiveFailures++;
        }
        nextRun = next;
    }

    /** A run that could not start (no session): try again at {@code next}. */
    synchronized void skipped(Instant next) {
        running = false;
        nextRun = next;
    }

    synchronized Instant nextRun() {
        return requested ? Instant.MIN : nextRun;
    }

    synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    synchronized boolean running() {
        return running;
    }

    synchronized JobSnapshot snapshot() {
        return new JobSnapshot(name(), schedule.describe(), running, progress, lastStart, lastEnd, lastResult, lastSummary,
                lastSuccess, consecutiveFailures, nextRun);
    }
}

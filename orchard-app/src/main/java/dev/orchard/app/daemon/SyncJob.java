package dev.orchard.app.daemon;

import dev.orchard.icloud.auth.ICloudSession;

/**
 * One kind of sync the daemon runs on a schedule (photos backup, drive sync, the session check). The
 * daemon never runs two runs of the same job at once, hands every job the one shared signed-in session,
 * and decides what a failure means from the exception thrown (see {@link dev.orchard.app.command.FailureKind}).
 */
public interface SyncJob {
    /** Short lower-case name: used in options ({@code --<name>-schedule}), metrics, the web page and logs. */
    String name();

    /**
     * Does one run. Report progress and counts through {@code ctx}; check {@link JobContext#cancelled()}
     * between files and return (or throw {@link JobCancelledException}) once it is set, leaving state
     * consistent: finish or cleanly abandon the file in flight.
     *
     * @throws Exception transient network or throttling errors are retried with backoff; an
     *                   {@link dev.orchard.icloud.auth.AuthException} that needs the user pauses every job
     */
    JobOutcome run(ICloudSession session, JobContext ctx) throws Exception;

    /**
     * Lets a job ask for a run before its schedule says (the Drive job does when local files change, as
     * {@code drive sync --watch} would): {@code runSoon} answers false while a run is under way. The daemon
     * closes what this returns when it stops. By default a job only runs on its schedule.
     */
    default AutoCloseable watch(java.util.function.BooleanSupplier runSoon) {
        return () -> { };
    }
}

package dev.orchard.app.daemon;

import dev.orchard.app.status.JobProgress;
import dev.orchard.app.status.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * What a running job may use: progress reporting (shown live on the status page), the cancellation
 * signal raised on SIGTERM, and the metrics registry with the standard counters already tagged with the
 * job's name.
 */
public final class JobContext {
    private final String job;
    private final JobState state;
    private final BooleanSupplier cancelled;
    private final MeterRegistry metrics;
    private final Clock clock;

    JobContext(String job, JobState state, BooleanSupplier cancelled, MeterRegistry metrics, Clock clock) {
        this.job = job;
        this.state = state;
        this.cancelled = cancelled;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Live progress: e.g. {@code progress("downloading", 120, 5000)}; {@code total} may be -1 when unknown. */
    public void progress(String phase, long done, long total) {
        state.progress(new JobProgress(phase, done, total, clock.instant()));
    }

    /** True once the daemon is stopping: finish or abandon the file in flight and return. */
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    public void throwIfCancelled() {
        if (cancelled()) throw new JobCancelledException();
    }

    /** Photos assets handled (downloaded or verified). */
    public void assets(long n) {
        counter(Metrics.ASSETS).increment(n);
    }

    /** Files written, uploaded or deleted. */
    public void files(long n) {
        counter(Metrics.FILES).increment(n);
    }

    /** Bytes transferred. */
    public void bytes(long n) {
        counter(Metrics.BYTES).increment(n);
    }

    /** Items that failed and were skipped. */
    public void errors(long n) {
        counter(Metrics.ERRORS).increment(n);
    }

    /** For job-specific meters; tag them with {@code job}. */
    public MeterRegistry metrics() {
        return metrics;
    }

    public Clock clock() {
        return clock;
    }

    public String job() {
        return job;
    }

    private Counter counter(String name) {
        return metrics.counter(name, "job", job);
    }
}

package dev.orchard.app.daemon;

import dev.orchard.app.command.FailureKind;
import dev.orchard.app.config.IoReasons;
import dev.orchard.app.logging.Scrubber;
import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventSink;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.Metrics;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.ICloudSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs each job when its schedule says, one run per job at a time, only while the session is signed in.
 * Failed runs are retried with {@link RetryBackoff}; a job failing {@code alertAfter} times in a row raises
 * "job failing" once. {@link #tick()} is one scheduling pass (tests call it with their own clock);
 * {@link #start()} runs passes on a thread until {@link #close()}.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final Duration IDLE_WAKE = Duration.ofMinutes(1);

    private final Map<String, JobState> jobs = new LinkedHashMap<>();
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private final SessionKeeper keeper;
    private final JobHistory history;
    private final EventSink events;
    private final MeterRegistry metrics;
    private final RecentErrors errors;
    private final Clock clock;
    private final int alertAfter;
    private final boolean summaries;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ExecutorService runners = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("job-", 1).factory());
    private final Object wake = new Object();
    private final List<Consumer<JobSnapshot>> finishListeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private Thread loop;

    public Scheduler(SessionKeeper keeper, JobHistory history, EventSink events, MeterRegistry metrics, RecentErrors errors,
                     Clock clock, int alertAfter, boolean summaries) {
        this.keeper = keeper;
        this.errors = errors;
        this.history = history;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
        this.alertAfter = alertAfter;
        this.summaries = summaries;
        keeper.onChange(this::wake);
    }

    /** Adds a job; its last run (from the history file) decides its first run here, else it runs at once. */
    public void add(SyncJob job, Schedule schedule) {
        JobState s = new JobState(job, schedule);
        JobSnapshot saved = history.load().get(job.name());
        if (saved != null) {
            s.restore(saved, clock.instant());
        } else {
            s.restore(new JobSnapshot(job.name(), null, false, null, null, null, null, null, null, 0, null), clock.instant());
        }
        jobs.put(job.name(), s);
        List<Tag> tags = List.of(Tag.of("job", job.name()));
        metrics.gauge(Metrics.RUNNING, tags, s, j -> j.running() ? 1 : 0);
        metrics.gauge(Metrics.CONSECUTIVE_FAILURES, tags, s, JobState::consecutiveFailures);
        Instant succeeded = s.snapshot().lastSuccess();
        lastSuccess.put(job.name(), metrics.gauge(Metrics.LAST_SUCCESS, tags,
                new AtomicLong(succeeded == null ? 0 : succeeded.getEpochSecond())));
    }

    public void start() {
        loop = Thread.ofPlatform().name("scheduler").start(this::loop);
    }

    private void loop() {
        while (!stopped) {
            Instant next = tick();
            synchronized (wake) {
                if (stopped) return;
                long ms = Math.max(1, Math.min(Duration.between(clock.instant(), next).toMillis(), IDLE_WAKE.toMillis()));
                try {
                    wake.wait(ms);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    public void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** One pass: starts every due job (if signed in) and returns when the next one is due. */
    public Instant tick() {
        Instant now = clock.instant();
        keeper.retryIfDue(now);
        Instant next = now.plus(IDLE_WAKE);
        Optional<ICloudSession> session = keeper.session();
        for (JobState s : jobs.values()) {
            if (session.isPresent() && !stopped && s.claimIfDue(now)) {
                ICloudSession shared = session.get();
                runners.execute(() -> run(s, shared));
                continue;
            }
            Instant due = s.nextRun();
            if (due != null && due.isBefore(next)) next = due.isBefore(now) ? now.plus(IDLE_WAKE) : due;
        }
        return next;
    }

    /** "Sync now": false when the job is running already or does not exist. */
    public boolean requestRun(String job) {
        JobState s = jobs.get(job);
        if (s == null || !s.request()) return false;
        wake();
        return true;
    }

    private void run(JobState s, ICloudSession session) {
        Instant start = clock.instant();
        LOG.info("{} {}: starting", keeper.account(), s.name());
        JobContext ctx = new JobContext(s.name(), s, cancelled::get, metrics, clock);
        String result;
        String summary;
        Throwable failure = null;
        try {
            JobOutcome outcome = s.job().run(session, ctx);
            result = outcome.partial() ? "partial" : "ok";
            summary = outcome.summary();
        } catch (JobCancelledException e) {
            result = "cancelled";
            summary = e.getMessage();
        } catch (Exception | LinkageError e) {
            failure = e;
            result = cancelled.get() ? "cancelled" : "failed";
            // Shown on the page and sent in notifications: a library's message might quote a URL or header.
            summary = Scrubber.scrub(e.getMessage() == null ? e.getClass().getSimpleName() : IoReasons.explain(e.getMessage(), e.getCause()));
        }
        Instant end = clock.instant();
        boolean success = failure == null && !result.equals("cancelled");
        Instant regular = s.schedule().next(end);
        Instant next = success || result.equals("cancelled") ? regular
                : RetryBackoff.next(end, s.consecutiveFailures() + 1, failure, regular);
        s.finished(end, result, summary, success, next);
        record(s, result, Duration.between(start, end), success ? end : null);
        if (failure != null && !result.equals("cancelled")) failed(s, failure, summary);
        else LOG.info("{} {}: {} ({})", keeper.account(), s.name(), result, summary);
        if (success && summaries) {
            events.raise(new Event(EventType.RUN_SUMMARY, "Orchard " + s.name() + ": " + result, summary, keeper.account(), s.name(), end));
        }
        history.save(snapshots());
        JobSnapshot done = s.snapshot();
        finishListeners.forEach(l -> l.accept(done));
        // The serial collector gives memory back only after a full collection: one when the last running job
        // ends lets the daemon idle on its live data (the launcher's MaxHeapFreeRatio) instead of the job's peak.
        if (!anyRunning()) System.gc();
        wake();
    }

    /** Called after each run has been recorded (for tests and the log of what happened). */
    public void onRunFinished(Consumer<JobSnapshot> listener) {
        finishListeners.add(listener);
    }

    private void failed(JobState s, Throwable failure, String summary) {
        FailureKind kind = FailureKind.of(failure);
        LOG.warn("{} {}: failed ({}): {}", keeper.account(), s.name(), kind.name().toLowerCase(Locale.ROOT), summary);
        LOG.debug("{} failure", s.name(), failure);
        errors.add(s.name(), summary);
        if (failure instanceof AuthException a && a.reason() != AuthException.Reason.SERVICE_NOT_ACTIVATED) keeper.failed(failure);
        if (s.consecutiveFailures() == alertAfter) {
            events.raise(new Event(EventType.JOB_FAILING, "Orchard " + s.name() + " keeps failing",
                    s.name() + " failed " + alertAfter + " times in a row; last error: " + summary, keeper.account(), s.name(), clock.instant()));
        }
    }

    private void record(JobState s, String result, Duration took, Instant success) {
        metrics.counter(Metrics.RUNS, "job", s.name(), "result", result).increment();
        Timer.builder(Metrics.DURATION).tag("job", s.name()).register(metrics).record(took);
        if (success != null) lastSuccess.get(s.name()).set(success.getEpochSecond());
    }

    public List<JobSnapshot> snapshots() {
        List<JobSnapshot> out = new ArrayList<>();
        for (JobState s : jobs.values()) out.add(s.snapshot());
        return out;
    }

    public boolean anyRunning() {
        return jobs.values().stream().anyMatch(JobState::running);
    }

    /**
     * Stops scheduling, tells running jobs to stop and waits up to {@code grace} for them; then interrupts
     * what is left.
     */
    public void stop(Duration grace) {
        stopped = true;
        cancelled.set(true);
        wake();
        runners.shutdown();
        try {
            if (!runners.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("jobs still running after {} s; interrupting them", grace.toSeconds());
                runners.shutdownNow();
                runners.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (loop != null) loop.interrupt();
        history.save(snapshots());
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}

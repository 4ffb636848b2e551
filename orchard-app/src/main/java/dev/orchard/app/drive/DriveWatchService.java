package dev.orchard.app.drive;

import dev.orchard.app.command.Version;
import dev.orchard.app.status.AccountStatus;
import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.Metrics;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.app.daemon.SessionState;
import dev.orchard.app.web.DaemonControl;
import dev.orchard.app.web.MetricDescriptions;
import dev.orchard.app.web.WebAccess;
import dev.orchard.app.web.WebServer;
import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.sync.PassReport;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What {@code orchard drive sync --watch} offers when it is itself the service, as {@code orchard run} does: the
 * status page with {@code /api/status}, {@code /metrics} (behind {@code --metrics-token}) and {@code /healthz}
 * for its one job, "drive"; and a one-line summary of the passes so far every {@code --stats-interval}.
 */
public final class DriveWatchService implements DaemonControl, AutoCloseable {
    static final String JOB = "drive";

    private final String appleId;
    private final String schedule;
    private final Clock clock;
    private final Instant startedAt;
    private final Duration statsInterval;
    private final Consumer<String> log;
    private final PrometheusMeterRegistry metrics = MetricDescriptions.registry();
    private final RecentErrors errors;
    private final AtomicLong lastSuccessSeconds = new AtomicLong();
    private volatile SessionState session = SessionState.SIGNING_IN;
    private volatile Instant trustExpires;
    private WebServer web;

    private int passes;
    private int failedPasses;
    private int consecutiveFailures;
    private final int[] totals = new int[Outcome.Count.values().length];
    private Instant lastStart;
    private Instant lastEnd;
    private String lastResult;
    private String lastSummary;
    private Instant lastSuccess;
    private Instant lastStats;

    /**
     * @param schedule      how the page describes the job's timing ("watching; iCloud every 300 s")
     * @param statsInterval how often {@link #passFinished} and {@link #passFailed} log the stats line; zero: never
     * @param log           where the stats line goes (the log, at info)
     */
    public DriveWatchService(String appleId, String schedule, Duration statsInterval, Clock clock, Consumer<String> log) {
        this.appleId = appleId;
        this.schedule = schedule;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.statsInterval = statsInterval;
        this.log = log;
        this.lastStats = startedAt;
        this.errors = new RecentErrors(clock);
        List<io.micrometer.core.instrument.Tag> tags = List.of(io.micrometer.core.instrument.Tag.of("job", JOB));
        metrics.gauge(Metrics.CONSECUTIVE_FAILURES, tags, this, s -> s.consecutiveFailures);
        metrics.gauge(Metrics.LAST_SUCCESS, tags, lastSuccessSeconds);
        metrics.gauge(Metrics.SIGNED_IN, this, s -> s.session == SessionState.SIGNED_IN ? 1 : 0);
        metrics.gauge(Metrics.TRUST_EXPIRY, this, s -> s.trustExpires == null ? Double.NaN
                : Duration.between(s.clock.instant(), s.trustExpires).toSeconds());
    }

    /** Serves the page on {@code bind:port} (port -1: none). */
    public void serve(String bind, int port, WebAccess access) throws Exception {
        if (port < 0) return;
        web = WebServer.start(bind, port, access, this, List.of(), metrics, clock, dev.orchard.app.web.library.WebSite.NONE);
    }

    /** The page's address, or null when there is none. */
    public String url() {
        return web == null ? null : web.url();
    }

    public void signedIn(Instant trustExpires) {
        this.trustExpires = trustExpires;
        session = SessionState.SIGNED_IN;
    }

    /** The session is gone for good (Apple ended it and this process may not sign in again, or it is stopping). */
    public void sessionEnded(SessionState state) {
        session = state;
    }

    public synchronized void passStarted() {
        lastStart = clock.instant();
    }

    public void passFinished(PassReport r) {
        synchronized (this) {
            boolean ok = r.outcome().get(Outcome.Count.FAILED) == 0;
            for (Outcome.Count c : Outcome.Count.values()) totals[c.ordinal()] += r.outcome().get(c);
            finish(ok ? "ok" : "partial", r.outcome().summary(), ok);
            metrics.counter(Metrics.FILES, "job", JOB).increment(r.outcome().get(Outcome.Count.UPLOADED) + r.outcome().get(Outcome.Count.DOWNLOADED));
            metrics.counter(Metrics.ERRORS, "job", JOB).increment(r.outcome().get(Outcome.Count.FAILED));
            Timer.builder(Metrics.DURATION).tag("job", JOB).register(metrics).record(r.total());
        }
        maybeLogStats();
    }

    public void passFailed(String why) {
        synchronized (this) {
            finish("failed", why, false);
            metrics.counter(Metrics.ERRORS, "job", JOB).increment();
            errors.add(JOB, why);
        }
        maybeLogStats();
    }

    private void finish(String result, String summary, boolean success) {
        Instant now = clock.instant();
        passes++;
        lastEnd = now;
        lastResult = result;
        lastSummary = summary;
        metrics.counter(Metrics.RUNS, "job", JOB, "result", result).increment();
        if (success) {
            consecutiveFailures = 0;
            lastSuccess = now;
            lastSuccessSeconds.set(now.getEpochSecond());
        } else {
            if ("failed".equals(result)) failedPasses++;
            consecutiveFailures++;
        }
    }

    private void maybeLogStats() {
        String line = null;
        synchronized (this) {
            Instant now = clock.instant();
            if (statsInterval.isZero() || now.isBefore(lastStats.plus(statsInterval))) return;
            lastStats = now;
            line = statsLine();
        }
        log.accept(line);
    }

    /** One line about every pass since the start, e.g. for a log reader that greps "drive stats". */
    public synchronized String statsLine() {
        String up = dev.orchard.app.command.Formats.age(Duration.between(startedAt, clock.instant()));
        return "drive stats: " + passes + " pass(es) in " + up + " (" + failedPasses + " failed), "
                + totals[Outcome.Count.DOWNLOADED.ordinal()] + " downloaded, " + totals[Outcome.Count.UPLOADED.ordinal()] + " uploaded, "
                + totals[Outcome.Count.RENAMED.ordinal()] + " renamed, "
                + (totals[Outcome.Count.DELETED_LOCAL.ordinal()] + totals[Outcome.Count.TRASHED_REMOTE.ordinal()]) + " deleted, "
                + totals[Outcome.Count.CONFLICTS.ordinal()] + " conflict(s), " + totals[Outcome.Count.FAILED.ordinal()] + " failure(s); "
                + "last pass: " + (lastResult == null ? "none yet" : lastResult + " (" + lastSummary + ")") + "; session: " + session.label();
    }

    @Override
    public synchronized DaemonStatus status() {
        JobSnapshot job = new JobSnapshot(JOB, schedule, lastStart != null && (lastEnd == null || lastStart.isAfter(lastEnd)), null,
                lastStart, lastEnd, lastResult, lastSummary, lastSuccess, consecutiveFailures, null);
        AccountStatus account = new AccountStatus(appleId, session.name(), session.label(), null, null, trustExpires, false,
                List.of(job), errors.list());
        return new DaemonStatus(Version.get(), startedAt, List.of(account));
    }

    @Override
    public boolean syncNow(String account, String job) {
        return false;
    }

    @Override
    public void signInAgain(String account) {
        // drive sync --watch signs in at its start only; restarting the process signs in again
    }

    @Override
    public boolean healthy() {
        return session == SessionState.SIGNED_IN || session == SessionState.SIGNING_IN;
    }

    @Override
    public void close() {
        if (web != null) web.close();
    }
}

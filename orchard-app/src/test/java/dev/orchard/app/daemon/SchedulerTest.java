package dev.orchard.app.daemon;

import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.icloud.auth.AccountInfo;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.session.SessionStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(T0);
    final List<Event> events = new CopyOnWriteArrayList<>();
    final BlockingQueue<JobSnapshot> runs = new LinkedBlockingQueue<>();
    SessionKeeper keeper;
    Scheduler scheduler;
    final ScriptedJob job = new ScriptedJob("photos");

    @BeforeEach
    void signedIn() throws Exception {
        AccountInfo info = new AccountInfo("1", "a@example.com", "A", Map.of(), true, false, true, null, false, null);
        CountDownLatch ready = new CountDownLatch(1);
        keeper = new SessionKeeper("a@example.com", (mfa, listener) -> new ICloudSession(
                new HttpTransport(TransportConfig.defaults(), new CookieJar()), Endpoints.apple(Domain.COM),
                SessionStore.forAccount(dir, "a@example.com"), "c", info, () -> info),
                new MfaBroker(Duration.ofSeconds(5)), events::add, new RecentErrors(clock), clock);
        keeper.onChange(() -> {
            if (keeper.session().isPresent()) ready.countDown();
        });
        keeper.signInAsync();
        assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();
        scheduler = newScheduler();
        scheduler.add(job, new IntervalSchedule(Duration.ofHours(6)));
    }

    private Scheduler newScheduler() {
        Scheduler s = new Scheduler(keeper, new JobHistory(dir), events::add, new SimpleMeterRegistry(), new RecentErrors(clock), clock, 3, false);
        s.onRunFinished(runs::add);
        return s;
    }

    @AfterEach
    void stop() {
        scheduler.stop(Duration.ofSeconds(5));
        keeper.close();
    }

    private JobSnapshot runOnce(ScriptedJob.Step step) throws InterruptedException {
        job.steps.add(step);
        scheduler.tick();
        JobSnapshot s = runs.poll(20, TimeUnit.SECONDS);
        assertThat(s).as("a run finished").isNotNull();
        return s;
    }

    @Test
    void aNewJobRunsAtOnceThenOnItsInterval() throws Exception {
        JobSnapshot first = runOnce(ctx -> JobOutcome.ok("done"));
        assertThat(first.lastResult()).isEqualTo("ok");
        assertThat(first.nextRun()).isEqualTo(T0.plus(Duration.ofHours(6)));
        clock.advance(Duration.ofHours(5));
        scheduler.tick();
        assertThat(runs.poll(200, TimeUnit.MILLISECONDS)).isNull();
        clock.advance(Duration.ofHours(1));
        assertThat(runOnce(ctx -> JobOutcome.ok("again")).lastSummary()).isEqualTo("again");
    }

    @Test
    void neverRunsTheSameJobTwiceAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        job.steps.add(ctx -> {
            release.await(20, TimeUnit.SECONDS);
            return JobOutcome.ok("slow");
        });
        scheduler.tick();
        assertThat(job.started.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(scheduler.requestRun("photos")).isFalse();
        clock.advance(Duration.ofDays(1));
        scheduler.tick();
        scheduler.tick();
        release.countDown();
        assertThat(runs.poll(20, TimeUnit.SECONDS)).isNotNull();
        assertThat(job.maxConcurrent.get()).isEqualTo(1);
        assertThat(scheduler.requestRun("photos")).isTrue();
    }

    @Test
    void transientFailuresBackOffAndThrottlingWaitsForApple() throws Exception {
        JobSnapshot f1 = runOnce(ctx -> {
            throw new dev.orchard.icloud.http.TransportException("network down", new java.io.IOException("reset"));
        });
        assertThat(f1.lastResult()).isEqualTo("failed");
        assertThat(f1.nextRun()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        JobSnapshot f2 = runOnce(ctx -> {
            throw new dev.orchard.icloud.http.TransportException("network down", new java.io.IOException("reset"));
        });
        assertThat(f2.nextRun()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        Instant appleSays = clock.instant().plus(Duration.ofMinutes(45));
        JobSnapshot f3 = runOnce(ctx -> {
            throw new RetryLaterException("Apple is busy", 503, appleSays);
        });
        assertThat(f3.nextRun()).isEqualTo(appleSays);
        assertThat(f3.consecutiveFailures()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(45));
        JobSnapshot ok = runOnce(ctx -> JobOutcome.ok("recovered"));
        assertThat(ok.consecutiveFailures()).isZero();
        assertThat(ok.nextRun()).isEqualTo(clock.instant().plus(Duration.ofHours(6)));
    }

    @Test
    void failureMessagesShownAndSentAreScrubbed() throws Exception {
        JobSnapshot f = runOnce(ctx -> {
            throw new IllegalStateException("GET https://cdn.example/x failed, Authorization: Bearer s3cr3t-t0ken-value");
        });
        assertThat(f.lastSummary()).isEqualTo("GET https://cdn.example/x failed, Authorization: Bearer ***");
    }

    @Test
    void repeatedFailuresRaiseOneEvent() throws Exception {
        for (int i = 0; i < 4; i++) {
            runOnce(ctx -> {
                throw new IllegalStateException("disk full");
            });
            clock.advance(Duration.ofHours(1));
        }
        List<Event> failing = events.stream().filter(e -> e.type() == EventType.JOB_FAILING).toList();
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).message()).contains("photos failed 3 times in a row").contains("disk full");
        assertThat(failing.get(0).job()).isEqualTo("photos");
    }

    @Test
    void authFailuresThatNeedThePersonPauseEveryJob() throws Exception {
        runOnce(ctx -> {
            throw new AuthException(AuthException.Reason.MFA_TIMEOUT, "no code entered");
        });
        assertThat(keeper.state()).isEqualTo(SessionState.NEEDS_USER);
        assertThat(keeper.detail()).isEqualTo("no code entered");
        clock.advance(Duration.ofDays(1));
        job.steps.add(ctx -> JobOutcome.ok("should not run"));
        scheduler.tick();
        assertThat(runs.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(job.steps).hasSize(1);
    }

    @Test
    void shutdownCancelsTheRunningJob() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        job.steps.add(ctx -> {
            running.countDown();
            while (!ctx.cancelled()) Thread.onSpinWait();
            ctx.throwIfCancelled();
            return JobOutcome.ok("unreachable");
        });
        scheduler.tick();
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        scheduler.stop(Duration.ofSeconds(20));
        JobSnapshot s = runs.poll(20, TimeUnit.SECONDS);
        assertThat(s.lastResult()).isEqualTo("cancelled");
        assertThat(s.consecutiveFailures()).isZero();
    }

    @Test
    void theLastRunSurvivesARestart() throws Exception {
        runOnce(ctx -> JobOutcome.ok("first"));
        clock.advance(Duration.ofHours(2));
        Scheduler again = newScheduler();
        again.add(new ScriptedJob("photos"), new IntervalSchedule(Duration.ofHours(6)));
        JobSnapshot restored = again.snapshots().get(0);
        assertThat(restored.lastSummary()).isEqualTo("first");
        assertThat(restored.nextRun()).isEqualTo(T0.plus(Duration.ofHours(6)));
        again.stop(Duration.ofSeconds(1));
    }
}

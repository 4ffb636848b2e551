package dev.orchard.app.daemon;

import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.notify.Notifier;
import dev.orchard.app.status.AccountStatus;
import dev.orchard.app.status.Metrics;
import dev.orchard.app.status.RecentErrors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Apple ID inside {@code orchard run}: its session keeper, 2FA broker, jobs, trust watch, notifications
 * and recent errors. Units share nothing but the metrics registry (every meter carries an {@code account}
 * tag), so one account's failure or wait for a code never holds up another.
 */
public final class AccountUnit implements AutoCloseable {
    private final AccountSettings settings;
    private final RecentErrors errors;
    private final Notifier notifier;
    private final MfaBroker broker;
    private final SessionKeeper keeper;
    private final Scheduler scheduler;
    private final TrustWatch trust;
    private final List<ScheduledJob> jobs;
    private final List<AutoCloseable> watches = new ArrayList<>();

    public AccountUnit(AccountSetup setup, MeterRegistry shared, Clock clock) {
        this.settings = setup.settings();
        this.errors = new RecentErrors(clock);
        this.notifier = new Notifier(settings.channels(), settings.events(), (channel, message) -> errors.add(channel, message));
        this.broker = new MfaBroker(settings.mfaTimeout());
        this.keeper = new SessionKeeper(settings.account(), setup.opener(), broker, notifier, errors, clock);
        CompositeMeterRegistry metrics = new CompositeMeterRegistry();
        metrics.config().commonTags("account", settings.account());
        metrics.add(shared);
        this.scheduler = new Scheduler(keeper, new JobHistory(settings.accountDir()), notifier, metrics, errors, clock,
                settings.alertAfterFailures(), settings.events().contains(EventType.RUN_SUMMARY));
        this.trust = new TrustWatch(settings.account(), keeper::trustExpires, settings.trustWarning(), notifier, clock);
        this.jobs = setup.jobs();
        for (ScheduledJob j : jobs) scheduler.add(j.job(), j.schedule());
        metrics.gauge(Metrics.TRUST_EXPIRY, trust, TrustWatch::secondsLeft);
        metrics.gauge(Metrics.SIGNED_IN, keeper, k -> k.state() == SessionState.SIGNED_IN ? 1 : 0);
        metrics.gauge(Metrics.WAITING_FOR_CODE, keeper, k -> k.state() == SessionState.WAITING_FOR_CODE ? 1 : 0);
        keeper.onChange(() -> {
            if (keeper.state() == SessionState.SIGNED_IN) trust.check();
        });
    }

    public void start() {
        keeper.signInAsync();
        scheduler.start();
        for (ScheduledJob j : jobs) watches.add(j.job().watch(() -> scheduler.requestRun(j.job().name())));
    }

    public String account() {
        return settings.account();
    }

    public AccountStatus status() {
        return new AccountStatus(settings.account(), keeper.state().name(), keeper.state().label(), keeper.detail(), keeper.retryAt(),
                keeper.trustExpires().orElse(null), keeper.state() == SessionState.WAITING_FOR_CODE && broker.pending().isPresent(),
                scheduler.snapshots(), errors.list());
    }

    /** A sign-in after one that needed the person (a timed-out or wrong code, a changed password). */
    public void signInAgain() {
        if (keeper.state() == SessionState.NEEDS_USER || keeper.state() == SessionState.RETRY_LATER) keeper.signInAsync();
    }

    public boolean healthy() {
        return keeper.state() == SessionState.SIGNED_IN || keeper.state() == SessionState.SIGNING_IN;
    }

    public MfaBroker broker() {
        return broker;
    }

    public SessionKeeper keeper() {
        return keeper;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Notifier notifier() {
        return notifier;
    }

    public TrustWatch trust() {
        return trust;
    }

    /** Stops scheduling and lets running jobs finish (up to {@code grace}); returns at once after {@link #close()}. */
    public void stopJobs(Duration grace) {
        for (AutoCloseable w : watches) {
            try {
                w.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(AccountUnit.class).debug("closing a job's watch: {}", e.toString());
            }
        }
        scheduler.stop(grace);
    }

    @Override
    public void close() {
        keeper.close();
        notifier.close();
    }
}

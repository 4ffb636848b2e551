package dev.orchard.app.daemon;

import dev.orchard.app.Version;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.notify.Notifier;
import dev.orchard.app.web.DaemonControl;
import dev.orchard.app.web.MetricDescriptions;
import dev.orchard.app.web.WebServer;
import dev.orchard.app.web.library.WebSite;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code orchard run}: one shared session, the jobs on their schedules, the web server, notifications and
 * systemd readiness. {@link #start()} returns once the web server is up; {@link #close()} shuts down in
 * order (stop scheduling, let running jobs finish or abandon cleanly, save state, stop the server).
 */
public final class Daemon implements DaemonControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final DaemonSettings settings;
    private final Clock clock;
    private final Instant startedAt;
    private final RecentErrors errors;
    private final Notifier notifier;
    private final MfaBroker broker;
    private final SessionKeeper keeper;
    private final Scheduler scheduler;
    private final TrustWatch trust;
    private final PrometheusMeterRegistry metrics = MetricDescriptions.registry();
    private final SdNotify systemd;
    private final ScheduledExecutorService trustTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("trust-watch").daemon().factory());
    private WebServer web;
    private WebSite site = WebSite.NONE;

    public Daemon(DaemonSettings settings, SessionKeeper.Opener opener, List<ScheduledJob> jobs, SdNotify systemd, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.systemd = systemd;
        this.startedAt = clock.instant();
        this.errors = new RecentErrors(clock);
        this.notifier = new Notifier(settings.channels(), settings.events(), (channel, message) -> errors.add(channel, message));
        this.broker = new MfaBroker(settings.mfaTimeout());
        this.keeper = new SessionKeeper(settings.account(), opener, broker, notifier, errors, clock);
        this.scheduler = new Scheduler(keeper, new JobHistory(settings.accountDir()), notifier, metrics, errors, clock,
                settings.alertAfterFailures(), settings.events().contains(EventType.RUN_SUMMARY));
        this.trust = new TrustWatch(settings.account(), keeper::trustExpires, settings.trustWarning(), notifier, clock);
        for (ScheduledJob j : jobs) scheduler.add(j.job(), j.schedule());
        metrics.gauge(Metrics.TRUST_EXPIRY, trust, TrustWatch::secondsLeft);
        metrics.gauge(Metrics.SIGNED_IN, keeper, k -> k.state() == SessionState.SIGNED_IN ? 1 : 0);
        metrics.gauge(Metrics.WAITING_FOR_CODE, keeper, k -> k.state() == SessionState.WAITING_FOR_CODE ? 1 : 0);
        keeper.onChange(() -> {
            if (keeper.state() == SessionState.SIGNED_IN) trust.check();
            systemd.status("iCloud session: " + keeper.state().label());
        });
    }

    public void start() throws Exception {
        if (settings.webPort() >= 0) {
            web = WebServer.start(settings.webBind(), settings.webPort(), settings.webAccess(), this, broker, metrics, clock, site);
            LOG.info("status page at {}", web.url());
        }
        keeper.signInAsync();
        scheduler.start();
        trustTimer.scheduleAtFixedRate(trust::check, 1, 1, TimeUnit.HOURS);
        systemd.ready("started; iCloud session: " + keeper.state().label());
    }

    /** The photo library page and the base path the web server adds to the status pages (before {@link #start()}). */
    public void site(WebSite site) {
        this.site = site;
    }

    /** The web server's port (after {@link #start()}), or -1 when it is off. */
    public int webPort() {
        return web == null ? -1 : web.port();
    }

    public String webUrl() {
        return web == null ? null : web.url();
    }

    public Notifier notifier() {
        return notifier;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public SessionKeeper keeper() {
        return keeper;
    }

    public TrustWatch trust() {
        return trust;
    }

    @Override
    public DaemonStatus status() {
        return new DaemonStatus(settings.account(), Version.get(), startedAt, keeper.state().name(), keeper.state().label(),
                keeper.detail(), keeper.retryAt(), keeper.trustExpires().orElse(null),
                keeper.state() == SessionState.WAITING_FOR_CODE && broker.pending().isPresent(),
                scheduler.snapshots(), errors.list());
    }

    @Override
    public boolean syncNow(String job) {
        return scheduler.requestRun(job);
    }

    @Override
    public void signInAgain() {
        if (keeper.state() == SessionState.NEEDS_USER || keeper.state() == SessionState.RETRY_LATER) keeper.signInAsync();
    }

    @Override
    public boolean healthy() {
        return keeper.state() == SessionState.SIGNED_IN || keeper.state() == SessionState.SIGNING_IN;
    }

    @Override
    public void close() {
        systemd.stopping();
        LOG.info("stopping: letting running jobs finish (up to {} s)", settings.stopTimeout().toSeconds());
        trustTimer.shutdownNow();
        scheduler.stop(settings.stopTimeout());
        keeper.close();
        notifier.close();
        if (web != null) web.close();
        LOG.info("stopped");
    }
}

package dev.orchard.app.daemon;

import dev.orchard.app.command.Version;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.web.DaemonControl;
import dev.orchard.app.web.MetricDescriptions;
import dev.orchard.app.web.WebServer;
import dev.orchard.app.web.library.WebSite;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code orchard run}: one {@link AccountUnit} per Apple ID (session, jobs, 2FA, notifications), the web
 * server, and systemd readiness. {@link #start()} returns once the web server is up; {@link #close()} shuts
 * down in order (stop scheduling, let running jobs finish or abandon cleanly, save state, stop the server).
 */
public final class Daemon implements DaemonControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final DaemonSettings settings;
    private final Clock clock;
    private final Instant startedAt;
    private final List<AccountUnit> units = new ArrayList<>();
    private final PrometheusMeterRegistry metrics = MetricDescriptions.registry();
    private final SdNotify systemd;
    private final ScheduledExecutorService trustTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("trust-watch").daemon().factory());
    private WebServer web;
    private WebSite site = WebSite.NONE;

    public Daemon(DaemonSettings settings, List<AccountSetup> accounts, SdNotify systemd, Clock clock) {
        if (accounts.isEmpty()) throw new IllegalArgumentException("no account to serve");
        this.settings = settings;
        this.clock = clock;
        this.systemd = systemd;
        this.startedAt = clock.instant();
        for (AccountSetup a : accounts) {
            AccountUnit unit = new AccountUnit(a, metrics, clock);
            unit.keeper().onChange(() -> systemd.status(sessionLine()));
            units.add(unit);
        }
    }

    public void start() throws Exception {
        if (settings.webPort() >= 0) {
            List<MfaBroker> brokers = units.stream().map(AccountUnit::broker).toList();
            web = WebServer.start(settings.webBind(), settings.webPort(), settings.webAccess(), this, brokers, metrics, clock, site);
            LOG.info("status page at {}", web.url());
        }
        for (AccountUnit u : units) u.start();
        trustTimer.scheduleAtFixedRate(() -> units.forEach(u -> u.trust().check()), 1, 1, TimeUnit.HOURS);
        systemd.ready("started; " + sessionLine());
    }

    private String sessionLine() {
        if (units.size() == 1) return "iCloud session: " + units.get(0).keeper().state().label();
        return units.stream().map(u -> u.account() + ": " + u.keeper().state().label()).collect(Collectors.joining("; "));
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

    /** The Apple IDs served, in the order they were configured. */
    public List<AccountUnit> accounts() {
        return List.copyOf(units);
    }

    /** The unit of an Apple ID (case does not matter). */
    public Optional<AccountUnit> account(String appleId) {
        return units.stream().filter(u -> u.account().equalsIgnoreCase(appleId)).findFirst();
    }

    @Override
    public DaemonStatus status() {
        return new DaemonStatus(Version.get(), startedAt, units.stream().map(AccountUnit::status).toList());
    }

    @Override
    public boolean syncNow(String account, String job) {
        return unit(account).map(u -> u.scheduler().requestRun(job)).orElse(false);
    }

    @Override
    public void signInAgain(String account) {
        unit(account).ifPresent(AccountUnit::signInAgain);
    }

    /** The named account, or the only one when none is named. */
    private Optional<AccountUnit> unit(String account) {
        if (account == null || account.isBlank()) return units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty();
        return account(account);
    }

    @Override
    public boolean healthy() {
        return units.stream().allMatch(AccountUnit::healthy);
    }

    @Override
    public void close() {
        systemd.stopping();
        LOG.info("stopping: letting running jobs finish (up to {} s)", settings.stopTimeout().toSeconds());
        trustTimer.shutdownNow();
        List<Thread> stopping = units.stream().map(u -> Thread.ofPlatform().name("stop-" + u.account())
                .start(() -> u.stopJobs(settings.stopTimeout()))).toList();
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        units.forEach(AccountUnit::close);
        if (web != null) web.close();
        LOG.info("stopped");
    }
}

package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.DurationConverter;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.daemon.AccountSettings;
import dev.orchard.app.daemon.AccountSetup;
import dev.orchard.app.daemon.Daemon;
import dev.orchard.app.daemon.DaemonSettings;
import dev.orchard.app.daemon.ScheduledJob;
import dev.orchard.app.daemon.SdNotify;
import dev.orchard.app.signin.DaemonSignIn;
import dev.orchard.app.web.library.WebSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code orchard run}: the long-running service. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run as a service: keep the iCloud session, run the sync jobs on their schedules, serve the status and 2FA page.",
                "Stops cleanly on SIGTERM or Ctrl-C; tells systemd when it is ready (Type=notify)."})
public final class RunCommand implements Callable<Integer>, ServiceAccounts.Holder {
    @ParentCommand
    OrchardCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Option(names = "--mfa-timeout", defaultValue = "24h", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a sign-in waits for the code on the web page before giving up (default: ${DEFAULT-VALUE}).")
    Duration mfaTimeout;

    @Option(names = "--trust-warning", defaultValue = "7d", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Notify this long before Apple's trust in this machine ends (default: ${DEFAULT-VALUE}).")
    Duration trustWarning;

    @Option(names = "--alert-after-failures", defaultValue = "3", paramLabel = "N",
            description = "Notify when a job has failed N times in a row (default: ${DEFAULT-VALUE}).")
    int alertAfter;

    @Option(names = "--password-sign-in-gap", defaultValue = "15m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Least time between two sign-ins with the password, so a session Apple keeps dropping cannot "
                    + "turn into a stream of them (default: ${DEFAULT-VALUE}).")
    Duration passwordGap;

    @Option(names = "--stop-timeout", defaultValue = "60s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "On SIGTERM, how long running jobs may take to finish their file in flight (default: ${DEFAULT-VALUE}).")
    Duration stopTimeout;

    @Override
    public ServiceOptions service() {
        return service;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AppContext ctx = root.context();
        if (alertAfter < 1) throw new ConfigException("--alert-after-failures must be 1 or more, got " + alertAfter);
        DaemonSettings settings = new DaemonSettings(service.web.bind(), service.web.port(), service.web.access(), stopTimeout);
        List<ServiceAccounts.Account> accounts = ServiceAccounts.resolve(ctx, spec.commandLine().getParseResult(), service);
        List<AccountSetup> setups = new ArrayList<>();
        for (ServiceAccounts.Account a : accounts) {
            try {
                setups.add(setup(a));
            } catch (ConfigException e) {
                throw ServiceAccounts.placed(e, a);
            }
        }
        SharedFolders.check(accounts);
        Daemon daemon = new Daemon(settings, setups, new SdNotify(ctx.env().get("NOTIFY_SOCKET")), ctx.clock());
        daemon.site(new WebSite(service.web.basePath(), AccountLibraries.of(accounts, daemon)));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            daemon.close();
            stopped.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            daemon.start();
        } catch (java.io.IOException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            daemon.close();
            throw new ConfigException("cannot serve the web page on " + service.web.bind() + ":" + service.web.port() + " (" + e.getMessage()
                    + "); choose another --web-port, or -1 to turn it off");
        }
        out.println("Orchard is running for " + accounts.stream().map(ServiceAccounts.Account::appleId).collect(Collectors.joining(", "))
                + (daemon.webUrl() == null ? "" : "; status page: " + daemon.webUrl()));
        for (AccountSetup a : setups) out.println("  " + a.settings().account() + ": " + JobPlan.describe(a.jobs()));
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** One account's jobs, sign-in and settings, checked now so that a bad option stops the service at start. */
    private AccountSetup setup(ServiceAccounts.Account a) {
        ServiceOptions o = a.options();
        AppContext ctx = a.ctx();
        o.icloud.transport(ctx.env());
        List<ScheduledJob> jobs = o.jobs(ctx);
        o.checkJobOptions(ctx, jobs);
        AccountSettings settings = new AccountSettings(a.appleId(), o.icloud.store(ctx.env()).directory(), mfaTimeout, trustWarning, alertAfter,
                o.notify.channels(), o.notify.events());
        JobPlan.requireSyncJob(a.appleId(), jobs, !ctx.config().accounts().isEmpty());
        JobPlan.log(a.appleId(), jobs);
        return new AccountSetup(settings, new DaemonSignIn(ctx, o.icloud, o.icloud.passwords(ctx, null), passwordGap), jobs);
    }
}

package dev.orchard.app.drive;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.DurationConverter;
import dev.orchard.app.command.MfaOptions;
import dev.orchard.app.web.WebOptions;
import dev.orchard.drive.sync.DriveStatus;
import dev.orchard.drive.sync.LocalPending;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.watch.DriveWatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;

/** {@code orchard drive sync --once | --watch}. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync iCloud Drive and the local folder both ways: once, or continuously with --watch.")
public final class DriveSyncCommand extends DriveSubcommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DriveSyncCommand.class);

    @Mixin
    MfaOptions mfa;

    static final class Mode {
        @Option(names = "--once", description = "One pass, then exit (the default).")
        boolean once;

        @Option(names = "--watch", description = "Keep syncing: local edits after the quiet period, iCloud every --drive-interval.")
        boolean watch;
    }

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Option(names = "--progress", description = "List every change as it is made.")
    boolean progress;

    /** With --watch: the status page, /metrics and /healthz, as orchard run serves them. */
    @Mixin
    WebOptions web;

    @Option(names = "--stats-interval", defaultValue = "1h", paramLabel = "DURATION",
            description = "With --watch: log one line of totals (passes, files moved, failures, session) this often; off for never (default: ${DEFAULT-VALUE}).")
    String statsInterval;

    @Option(names = "--auto-reauth", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --watch: sign in again when Apple ends the session (default); --no-auto-reauth stops with exit 3 instead.")
    boolean autoReauth;

    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        PrintWriter err = err();
        SyncOptions sync = options.sync(ctx.env(), false);
        if (options.noRemote()) return noRemote(ctx, sync, out);
        ConsoleProgress console = new ConsoleProgress(out, progress || sync.dryRun());
        if (!mode.watch) {
            return DriveRunner.withSession(ctx, icloud, mfa, sync, out, err, (client, folder) -> {
                PassReport r = DriveRunner.pass(client, folder, sync, console, ctx, new AtomicBoolean());
                if (sync.dryRun()) console.plan(r);
                else console.summary(r);
                return r.clean() ? ExitCodes.OK : ExitCodes.FAILURE;
            });
        }
        java.time.Duration interval = options.interval();
        DriveWatchService service = new DriveWatchService(icloud.username(ctx.env()), "watching; iCloud every " + interval.toSeconds() + " s",
                statsInterval(), ctx.clock(), line -> LOG.info("{}", line));
        try {
            service.serve(web.bind(), web.port(), web.access());
        } catch (Exception e) {
            throw new dev.orchard.app.config.ConfigException("cannot serve the web page on " + web.bind() + ":" + web.port() + " ("
                    + e.getMessage() + "); choose another --web-port, or -1 to turn it off");
        }
        try (service) {
            return watch(ctx, sync, console, interval, service, out, err);
        }
    }

    private java.time.Duration statsInterval() {
        String v = statsInterval == null ? "" : statsInterval.strip();
        if (v.equals("off") || v.equals("0")) return java.time.Duration.ZERO;
        try {
            return new DurationConverter().convert(v);
        } catch (RuntimeException e) {
            throw new dev.orchard.app.config.ConfigException("--stats-interval must be a duration like 30m or 1h, or off; got '" + statsInterval + "'");
        }
    }

    private int watch(AppContext ctx, SyncOptions sync, ConsoleProgress console, java.time.Duration interval, DriveWatchService service,
                      PrintWriter out, PrintWriter err) {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                if (!finished.await(30, TimeUnit.SECONDS)) err.println("orchard: the item in flight did not finish within 30 s; stopping anyway");
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return DriveRunner.withSession(ctx, icloud, mfa, sync, out, err, autoReauth, (session, client, folder) -> {
                service.signedIn(session.trustExpires().orElse(null));
                new DriveWatch(folder, client, sync, options.quietPeriod(), interval, ctx.clock())
                        .run(stop, console, new ConsoleWatch(console, service, out, err));
                return ExitCodes.OK;
            });
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    private int noRemote(AppContext ctx, SyncOptions sync, PrintWriter out) {
        LocalPending p = DriveStatus.pending(DriveRunner.state(ctx, icloud, sync), sync);
        out.println("Drive (no remote): " + p.added() + " new, " + p.changed() + " changed, " + p.deleted()
                + " deleted local files wait for the next sync of " + sync.localDir());
        return ExitCodes.OK;
    }
}

package dev.orchard.app.drive;

import dev.orchard.app.cli.AppContext;
import dev.orchard.app.cli.ExitCodes;
import dev.orchard.app.cli.MfaOptions;
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
            return DriveRunner.withSession(ctx, icloud, mfa, sync, out, err, (client, folder) -> {
                new DriveWatch(folder, client, sync, options.quietPeriod(), interval, ctx.clock())
                        .run(stop, console, new ConsoleWatch(console, out, err));
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

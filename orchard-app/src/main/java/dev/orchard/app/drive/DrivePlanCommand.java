package dev.orchard.app.drive;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.MfaOptions;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.options.SyncOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code orchard drive plan}: what the next pass would do (a dry run). */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what the next sync pass would do, changing nothing (not even the sync state).")
public final class DrivePlanCommand extends DriveSubcommand implements Callable<Integer> {
    @Mixin
    MfaOptions mfa;

    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        SyncOptions sync = options.sync(ctx.env(), true);
        ConsoleProgress console = new ConsoleProgress(out, false);
        return DriveRunner.withSession(ctx, icloud, mfa, sync, out, err(), (client, folder) -> {
            PassReport r = DriveRunner.pass(client, folder, sync, console, ctx, new AtomicBoolean());
            console.plan(r);
            return ExitCodes.OK;
        });
    }
}

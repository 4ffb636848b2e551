package dev.orchard.app.drive;

import dev.orchard.app.command.Formats;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.drive.sync.DriveState;
import dev.orchard.drive.sync.DriveStatus;
import dev.orchard.drive.sync.LocalPending;
import dev.orchard.drive.options.SyncOptions;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code orchard drive status}: tracked files, local changes waiting, the last pass. No iCloud call. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the synced folder, how many files are tracked, local changes waiting and the last pass (offline).")
public final class DriveStatusCommand extends DriveSubcommand implements Callable<Integer> {
    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        SyncOptions sync = options.sync(ctx.env(), true);
        DriveState state = DriveState.of(icloud.stateDir(ctx.env()), icloud.username(ctx.env()), sync.localDir());
        out.println("Folder:       " + sync.localDir());
        DriveStatus st = DriveStatus.read(state, sync).orElse(null);
        if (st == null) {
            out.println("State:        never synced; run 'orchard drive sync'");
            return ExitCodes.OK;
        }
        LocalPending p = st.pending();
        out.println("Tracked:      " + st.files() + " files in " + st.folders() + " folders");
        out.println("Pending:      " + (p == null ? "the folder is missing" : p.total() == 0 ? "no local changes"
                : p.added() + " new, " + p.changed() + " changed, " + p.deleted() + " deleted locally")
                + " (iCloud changes show in 'orchard drive plan')");
        out.println("Last pass:    " + (st.lastPass() == null ? "none" : readable(st.lastPass())));
        if (st.interrupted() > 0) out.println("Interrupted:  " + st.interrupted() + " update(s) to finish on the next pass");
        out.println("State:        " + state.dir());
        return ExitCodes.OK;
    }

    /** "2026-11-22T04:57:10.08Z nothing to do" as local time to the minute, then the summary. */
    static String readable(String lastPass) {
        int space = lastPass.indexOf(' ');
        if (space < 0) return lastPass;
        try {
            return Formats.dateTime(java.time.Instant.parse(lastPass.substring(0, space))) + ": " + lastPass.substring(space + 1);
        } catch (java.time.format.DateTimeParseException e) {
            return lastPass;
        }
    }
}

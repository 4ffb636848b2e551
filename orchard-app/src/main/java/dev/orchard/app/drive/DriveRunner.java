package dev.orchard.app.drive;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.localfiles.StateException;
import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ErrorReporter;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.command.MfaOptions;
import dev.orchard.app.signin.SessionOpener;
import dev.orchard.drive.sync.AbortedException;
import dev.orchard.drive.sync.DriveState;
import dev.orchard.drive.sync.DriveFolder;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.auth.SignIn;
import dev.orchard.icloud.drive.DriveClient;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/** What the drive commands share: state location, the folder lock, signing in, one pass with its report. */
final class DriveRunner {
    interface Body {
        int run(DriveClient client, DriveFolder folder) throws Exception;
    }

    private DriveRunner() {
    }

    static DriveState state(AppContext ctx, ICloudOptions icloud, SyncOptions options) {
        return DriveState.of(icloud.stateDir(ctx.env()), icloud.username(ctx.env()), options.localDir()).create();
    }

    /** Locks the folder, opens the base and a session, runs {@code body}; errors become one line and an exit code. */
    static int withSession(AppContext ctx, ICloudOptions icloud, MfaOptions mfa, SyncOptions options, PrintWriter out,
                           PrintWriter err, Body body) {
        return withSession(ctx, icloud, mfa, options, out, err, true, (session, client, folder) -> body.run(client, folder));
    }

    interface SessionBody {
        int run(ICloudSession session, DriveClient client, DriveFolder folder) throws Exception;
    }

    /** As above; {@code autoReauth} false: a session Apple ends stops the body with SessionEndedException. */
    static int withSession(AppContext ctx, ICloudOptions icloud, MfaOptions mfa, SyncOptions options, PrintWriter out,
                           PrintWriter err, boolean autoReauth, SessionBody body) {
        DriveState state = state(ctx, icloud, options);
        try (DriveFolder folder = DriveFolder.open(state, options.localDir());
             ICloudSession session = SessionOpener.open(ctx, icloud, mfa, out, SignIn.ALL_APPS, autoReauth)) {
            if (folder.recreated()) err.println("orchard: the Drive sync state was unreadable; it was set aside and this pass is a copy-only resync");
            return body.run(session, new DriveClient(session), folder);
        } catch (AbortedException | StateException | java.io.UncheckedIOException e) {
            err.println("orchard: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (ICloudException e) {
            err.println("orchard: " + e.getMessage());
            return ErrorReporter.exitCode(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static PassReport pass(DriveClient client, DriveFolder folder, SyncOptions options, ConsoleProgress progress, AppContext ctx,
                           AtomicBoolean stop) {
        return folder.pass(client, options, progress, ctx.clock(), stop);
    }
}

package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.Formats;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.daemon.JobHistory;
import dev.orchard.icloud.auth.SessionStatus;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.session.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code orchard status}: is the stored session still good, and when will Apple want 2FA again. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the account, whether its session is valid, the trust token's age and expected expiry, and each job's last run.")
public final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    OrchardCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ICloudOptions icloud;

    @Option(names = "--offline", description = "Do not ask Apple whether the session is still valid.")
    boolean offline;

    @Option(names = "--photos-dir", paramLabel = "DIR",
            description = "The photo library whose archives to show (default: ~/Pictures/iCloud Photos).")
    java.nio.file.Path photosDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AppContext ctx = root.context();
        SessionStore store = icloud.store(ctx.env());
        SessionStatus s;
        try (HttpTransport http = icloud.http(ctx)) {
            s = SessionStatus.check(store, http, icloud.endpoints(), ctx.clock(), !offline);
        }
        out.println("Account:      " + s.appleId() + (s.dsid() == null ? "" : " (dsid " + s.dsid() + ")"));
        if (!s.stored()) {
            out.println("Session:      not signed in; run 'orchard login'");
            return ExitCodes.NEEDS_USER;
        }
        String session = s.sessionValid() == null ? "not checked (--offline)"
                : s.sessionValid() ? "valid" : "expired; the next run signs in again (password, maybe a code)";
        out.println("Session:      " + session);
        if (s.lastSignIn() != null) out.println("Last sign-in: " + Formats.dateTime(s.lastSignIn()));
        if (s.trustTokenFirstSeen() == null) {
            out.println("Trust:        none; the next password sign-in needs a verification code");
        } else {
            out.println("Trust token:  " + Formats.age(s.trustAge(ctx.clock())) + " old");
            out.println("Trust ends:   " + Formats.dateTime(s.trustExpires()) + " (" + Formats.inDays(ctx.clock(), s.trustExpires()) + ")"
                    + (s.trustExpiryEstimated() ? ", estimated" : ", from Apple's trust cookie") + "; then Apple asks for a code again");
        }
        out.println("State:        " + store.directory());
        JobLines.print(out, new JobHistory(store.directory()).load().values(), ctx.clock());
        String archives = dev.orchard.app.photos.ArchiveStatus.line(photosDir != null ? photosDir
                : dev.orchard.app.photos.PhotosOptions.defaultDir(ctx.env()));
        if (archives != null) out.println("Archives:     " + archives);
        return Boolean.FALSE.equals(s.sessionValid()) ? ExitCodes.NEEDS_USER : ExitCodes.OK;
    }
}

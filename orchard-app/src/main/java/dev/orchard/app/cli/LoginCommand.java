package dev.orchard.app.cli;

import dev.orchard.app.signin.SessionOpener;
import dev.orchard.icloud.ICloudSession;
import dev.orchard.icloud.auth.SignIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code orchard login}: sign in (2FA if Apple asks) and store the session for later runs. */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Sign in to iCloud, with a verification code if Apple asks, and store the session.")
public final class LoginCommand implements Callable<Integer> {
    @ParentCommand
    OrchardCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ICloudOptions icloud;

    @Mixin
    MfaOptions mfa;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ICloudSession session = SessionOpener.open(root.context(), icloud, mfa, out, SignIn.ALL_APPS)) {
            out.println("Account:  " + session.appleId() + " (dsid " + session.account().dsid() + ")");
            session.trustExpires().ifPresent(t -> out.println("Trusted:  until " + Formats.dateTime(t) + " ("
                    + Formats.inDays(root.context().clock(), t) + "); Orchard warns before then"));
            out.println("Session stored in " + icloud.store(root.context().env()).directory());
        }
        return ExitCodes.OK;
    }
}

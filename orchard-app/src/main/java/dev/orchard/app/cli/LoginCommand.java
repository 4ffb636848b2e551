package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.Formats;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.command.MfaOptions;
import dev.orchard.app.password.KeyringPassword;
import dev.orchard.app.password.PasswordSources;
import dev.orchard.app.password.RememberedPassword;
import dev.orchard.app.signin.SessionOpener;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.SignIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Arrays;
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

    @Option(names = "--save-password",
            description = "Also store the password in the desktop keyring (Secret Service, through secret-tool) for --keyring.")
    boolean savePassword;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AppContext ctx = root.context();
        PasswordSources sources = icloud.passwords(ctx, ctx.console());
        KeyringPassword keyring = savePassword ? icloud.keyring(ctx) : null;
        RememberedPassword used = new RememberedPassword(sources);
        try (ICloudSession session = SessionOpener.open(ctx, icloud, mfa, out, SignIn.ALL_APPS, used)) {
            out.println("Account:  " + session.appleId() + " (dsid " + session.account().dsid() + ")");
            session.trustExpires().ifPresent(t -> out.println("Trusted:  until " + Formats.dateTime(t) + " ("
                    + Formats.inDays(ctx.clock(), t) + "); Orchard warns before then"));
            out.println("Session stored in " + icloud.store(ctx.env()).directory());
            if (keyring != null) save(keyring, used.take(), sources, out);
        } finally {
            used.forget();
        }
        return ExitCodes.OK;
    }

    private static void save(KeyringPassword keyring, char[] accepted, PasswordSources sources, PrintWriter out) {
        char[] password = accepted != null ? accepted : sources.password();
        try {
            keyring.store(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        out.println("Password: saved in the keyring (service " + keyring.service() + ")"
                + (accepted != null ? "" : "; not checked with Apple: the stored session did not need it"));
    }
}

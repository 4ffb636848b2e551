package dev.orchard.app.cli;

import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.icloud.auth.SignOut;
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

/** {@code orchard logout}: end the web session; optionally forget this machine's trust too. */
@Command(name = "logout", mixinStandardHelpOptions = true, description = "Sign out of iCloud and forget the stored session.")
public final class LogoutCommand implements Callable<Integer> {
    @ParentCommand
    OrchardCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ICloudOptions icloud;

    @Option(names = "--forget-trust", description = "Also forget that this machine is trusted: the next login will need a verification code.")
    boolean forgetTrust;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SessionStore store = icloud.store(root.context().env());
        try (HttpTransport http = icloud.http(root.context())) {
            if (!SignOut.run(store, http, icloud.endpoints(), forgetTrust)) {
                out.println("Nothing stored for " + store.appleId() + "; already signed out.");
                return ExitCodes.OK;
            }
        }
        out.println(forgetTrust ? "Signed out of " + store.appleId() + " and forgot this machine's trust; the next login needs a code."
                : "Signed out of " + store.appleId() + ". This machine stays trusted, so the next login needs the password but no code"
                + " (use --forget-trust to forget that too).");
        return ExitCodes.OK;
    }
}

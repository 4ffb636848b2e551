package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.command.MfaOptions;
import dev.orchard.app.signin.SessionOpener;
import dev.orchard.icloud.auth.ICloudSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Set;

/** What every {@code orchard photos} command has: the account options and a way to sign in for Photos. */
abstract class PhotosSubcommand {
    @ParentCommand
    PhotosCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ICloudOptions icloud;

    @Mixin
    MfaOptions mfa;

    AppContext context() {
        return parent.context();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Signs in with the Photos keys, using the stored session unchecked when it looks alive: every photos command
     * calls iCloud next, and a refused call signs in again (checked) and is replayed.
     */
    ICloudSession signIn() {
        return SessionOpener.openTrustingStored(context(), icloud, mfa, out(), Set.of("photos"));
    }
}

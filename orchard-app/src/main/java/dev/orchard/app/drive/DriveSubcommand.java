package dev.orchard.app.drive;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** What every {@code orchard drive ...} command has: the account options and the Drive options. */
abstract class DriveSubcommand {
    @ParentCommand
    DriveCommand drive;

    @Spec
    CommandSpec spec;

    @Mixin
    ICloudOptions icloud;

    @Mixin
    DriveOptions options;

    AppContext context() {
        return drive.root().context();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

package dev.orchard.app.drive;

import dev.orchard.app.command.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.List;

/** {@code orchard drive ...}: two-way sync of iCloud Drive with a local folder. */
@Command(name = "drive", mixinStandardHelpOptions = true,
        description = "Two-way sync of iCloud Drive with a local folder, without losing data.")
public final class DriveCommand implements Runnable {
    /** Its commands, in the order help lists them ({@link dev.orchard.app.cli.CommandTree}). */
    public static final List<Class<?>> SUBCOMMANDS = List.of(DriveSyncCommand.class, DrivePlanCommand.class, DriveStatusCommand.class);

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    RootCommand root() {
        return root;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

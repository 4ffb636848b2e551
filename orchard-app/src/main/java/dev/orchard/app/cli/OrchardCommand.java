package dev.orchard.app.cli;

import dev.orchard.fake.cli.FakeICloudCommand;
import picocli.CommandLine.Command;

/** The root command. */
@Command(name = "orchard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keeps this machine in sync with iCloud Photos and iCloud Drive.",
        subcommands = {FakeICloudCommand.class})
public final class OrchardCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

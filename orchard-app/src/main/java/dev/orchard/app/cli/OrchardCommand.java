package dev.orchard.app.cli;

import ch.qos.logback.classic.Level;
import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.RootCommand;
import dev.orchard.app.drive.DriveCommand;
import dev.orchard.app.logging.LogSetup;
import dev.orchard.app.photos.PhotosCommand;
import dev.orchard.fake.cli.FakeICloudCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;

/** The root command. */
@Command(name = "orchard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keeps this machine in sync with iCloud Photos and iCloud Drive.",
        footer = {"", "Every option has an environment twin (--foo-bar is ORCHARD_FOO_BAR) and a config-file key (foo-bar).",
                "Exit codes: 0 ok, 1 failure, 2 bad usage or configuration, 3 needs you (password, code, approval), 4 try later."})
public final class OrchardCommand implements RootCommand, Runnable {
    /** Its commands, in the order help lists them; {@link CommandTree} adds them to picocli's model as needed. */
    public static final List<Class<?>> SUBCOMMANDS = List.of(LoginCommand.class, LogoutCommand.class, StatusCommand.class,
            RunCommand.class, DoctorCommand.class, DriveCommand.class, PhotosCommand.class, DemoCommand.class, FakeICloudCommand.class);

    private final AppContext context;

    @Spec
    CommandSpec spec;

    public OrchardCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public AppContext context() {
        return context;
    }

    @Option(names = {"-v", "--verbose"}, description = "Log what Orchard does (never secrets).", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    /** {@code -v}: also lets a command say more (e.g. photos archive lists every asset). */
    @Override
    public boolean verbose() {
        return verbose;
    }

    @Mixin
    LogOptions log;

    /** Applies the logging options; {@code run} logs at info by default, one-off commands at warn. */
    public void configureLogging(String command) {
        LogSetup.apply(log.settings(verbose), "run".equals(command) ? Level.INFO : Level.WARN);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

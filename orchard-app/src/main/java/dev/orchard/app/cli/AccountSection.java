package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.config.LayeredDefaults;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import java.io.Console;
import java.time.Clock;
import java.util.Map;

/**
 * The {@code [account ...]} section a one-account command (photos sync, drive sync, status, login, ...) runs with: that
 * of the Apple ID it works on, chosen by {@code --username} (or ORCHARD_USERNAME), else the one Apple ID configured or
 * signed in on this machine; when there are several and none is chosen, the command stops with a line naming them (before
 * it could work on a default folder that belongs to nobody). The command line is read once with the shared layers to learn which Apple ID that is,
 * then the command runs with the section over them. Service commands ({@code run}, {@code doctor}) read every
 * section themselves ({@link ServiceAccounts}).
 */
public final class AccountSection {
    private AccountSection() {
    }

    /** The layers the command given by {@code args} runs with; {@code sources} itself when no section applies. */
    public static ConfigSources layers(String[] args, Map<String, String> env, ConfigSources sources, Console console) {
        if (sources.accounts().isEmpty()) return sources;
        CommandLine cli = CommandTree.forArgs(new OrchardCommand(new AppContext(env, sources, console, Clock.systemUTC())), args);
        cli.setDefaultValueProvider(new LayeredDefaults(sources));
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return sources;  // the real run reports it
        }
        while (parsed.subcommand() != null) parsed = parsed.subcommand();
        if (parsed.commandSpec().userObject() instanceof ServiceAccounts.Holder) return sources;
        ICloudOptions icloud = icloudOptions(parsed.commandSpec());
        if (icloud == null || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) return sources;
        String chosen = icloud.chosen(env);
        if (chosen == null) icloud.username(env);  // several there and none chosen: the error naming them
        String section = sources.accounts().stream().filter(s -> s.equalsIgnoreCase(chosen)).findFirst().orElse(null);
        if (section == null) return sources;  // an Apple ID without a section of its own
        ServiceAccounts.checkSection(sources, section);
        return sources.forAccount(section);
    }

    private static ICloudOptions icloudOptions(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof ICloudOptions o) return o;
        }
        return null;
    }
}

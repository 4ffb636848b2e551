package dev.orchard.app;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ErrorReporter;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.cli.AccountSection;
import dev.orchard.app.cli.CommandTree;
import dev.orchard.app.cli.FileNameEncoding;
import dev.orchard.app.cli.NativeSqlite;
import dev.orchard.app.cli.OrchardCommand;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.config.LayeredDefaults;
import dev.orchard.app.memory.HeapGovernor;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Entry point of the runnable jar. */
public final class Main {
    /** ORCHARD_* names that are not options but are still valid settings. */
    private static final Set<String> EXTRA_SETTINGS = Set.of("ORCHARD_PASSWORD");

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        NativeSqlite.useCachedCopy(System.getenv());
        StartupWarmUp.startFor(args);
        if (StartupWarmUp.talksToICloud(args)) HeapGovernor.start();
        System.exit(run(args, System.getenv(), Path.of("").toAbsolutePath(), terminal(), out, err));
    }

    /**
     * The console if there really is a terminal. Since Java 22 System.console() also answers when the
     * streams are redirected, and only Console.isTerminal() (absent from the Java 21 API) tells.
     */
    static Console terminal() {
        Console c = System.console();
        if (c == null) return null;
        try {
            Object isTerminal = Console.class.getMethod("isTerminal").invoke(c);
            return Boolean.TRUE.equals(isTerminal) ? c : null;
        } catch (ReflectiveOperationException e) {
            return c;
        }
    }

    public static int run(String[] args, Map<String, String> env, Path workingDir, Console console, PrintWriter out, PrintWriter err) {
        ConfigSources sources;
        try {
            sources = AccountSection.layers(args, env, ConfigSources.load(env, workingDir), console);
        } catch (ConfigException e) {
            err.println("orchard: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        AppContext context = new AppContext(env, sources, console, Clock.systemUTC());
        OrchardCommand root = new OrchardCommand(context);
        CommandLine cli = CommandTree.forArgs(root, args);
        LayeredDefaults defaults = new LayeredDefaults(sources);
        cli.setDefaultValueProvider(defaults);
        ErrorReporter reporter = new ErrorReporter(defaults);
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        cli.setOut(out);
        cli.setErr(err);
        String unknown = unknownConfigKeys(cli, () -> CommandTree.full(new OrchardCommand(context)), sources);
        if (unknown != null) {
            err.println("orchard: " + unknown);
            return ExitCodes.USAGE;
        }
        cli.setExecutionStrategy(parsed -> {
            List<CommandLine> chain = parsed.asCommandLineList();
            try {
                SecretValues.register(sources, parsed).forEach(w -> err.println("orchard: " + w));
                root.configureLogging(chain.get(chain.size() - 1).getCommandName());
            } catch (ConfigException e) {
                throw new CommandLine.ExecutionException(cli, e.getMessage(), e);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        if (writesFiles(args) && !FileNameEncoding.utf8()) err.println(FileNameEncoding.WARNING);
        return cli.execute(args);
    }

    /** Commands that create files named after iCloud's names. */
    private static boolean writesFiles(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) continue;
            return Set.of("photos", "drive", "run", "demo").contains(a);
        }
        return false;
    }

    /**
     * Checks the config file's keys against the options of the commands this run built, and only when one is not
     * among them against those of every command ({@code everyCommand}, as costly to build as it sounds).
     */
    private static String unknownConfigKeys(CommandLine cli, Supplier<CommandLine> everyCommand, ConfigSources sources) {
        Set<String> known = new HashSet<>();
        collect(cli, known);
        boolean everything = false;
        for (Map.Entry<String, String> e : sources.configFileEntries().entrySet()) {
            if (e.getKey().equals("ORCHARD_PASSWORD")) {
                return e.getValue() + ": keep the password out of the config file; use password-file or password-command";
            }
            if (!everything && !known.contains(e.getKey()) && !EXTRA_SETTINGS.contains(e.getKey())) {
                collect(everyCommand.get(), known);
                everything = true;
            }
            if (!known.contains(e.getKey()) && !EXTRA_SETTINGS.contains(e.getKey())) {
                return e.getValue() + " is not an Orchard option (see 'orchard --help' and each command's --help)";
            }
        }
        return null;
    }

    private static void collect(CommandLine cmd, Set<String> known) {
        for (OptionSpec o : cmd.getCommandSpec().options()) known.add(LayeredDefaults.envName(o));
        for (CommandLine sub : cmd.getSubcommands().values()) collect(sub, known);
    }
}

package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.config.LayeredDefaults;
import dev.orchard.app.web.WebOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Apple IDs a service command ({@code run}, {@code doctor}) works on, each with its own options: the
 * {@code --username}s on the command line; else {@code username} (environment, top of the config file) and
 * every {@code [account ...]} section; else the one Apple ID signed in on this machine. An account's
 * options are the command's own, read again with its section over the shared layers.
 */
public final class ServiceAccounts {
    /** A command whose options hold a {@link ServiceOptions}. */
    public interface Holder {
        ServiceOptions service();
    }

    /** One Apple ID with the options and context it runs with. */
    public record Account(String appleId, ServiceOptions options, AppContext ctx) {
    }

    private ServiceAccounts() {
    }

    /** {@code parsed}: the command line as the root command parsed it; {@code shared}: the command's own options. */
    public static List<Account> resolve(AppContext ctx, ParseResult parsed, ServiceOptions shared) {
        List<String> ids = appleIds(ctx, parsed, shared);
        if (ids.size() == 1 && ctx.config().accounts().isEmpty()) return List.of(new Account(ids.get(0), shared, ctx));
        List<String> args = withoutUsernames(parsed.originalArgs());
        List<Account> out = new ArrayList<>();
        for (String id : ids) {
            checkSection(ctx.config(), id);
            ConfigSources sources = ctx.config().forAccount(id);
            AppContext own = new AppContext(ctx.env(), sources, ctx.console(), ctx.clock());
            out.add(new Account(id, reparse(own, args, id), own));
        }
        return out;
    }

    private static List<String> appleIds(AppContext ctx, ParseResult parsed, ServiceOptions shared) {
        boolean onCommandLine = false;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) onCommandLine |= p.hasMatchedOption("--username");
        Map<String, String> ids = new LinkedHashMap<>();
        shared.icloud.usernames().forEach(u -> ids.putIfAbsent(u.toLowerCase(java.util.Locale.ROOT), u));
        if (!onCommandLine) ctx.config().accounts().forEach(u -> ids.putIfAbsent(u.toLowerCase(java.util.Locale.ROOT), u));
        if (!ids.isEmpty()) return List.copyOf(ids.values());
        return List.of(shared.icloud.username(ctx.env()));
    }

    /** A section may set what differs between Apple IDs, not what the one process shares (web server, logs). */
    static void checkSection(ConfigSources config, String appleId) {
        Set<String> allowed = perAccountNames();
        config.accountEntries(appleId).forEach((name, value) -> {
            if (name.equals("ORCHARD_PASSWORD")) {
                throw new ConfigException(value.origin() + ": keep the password out of the config file; use password-file or password-command");
            }
            if (!allowed.contains(name)) {
                throw new ConfigException(value.origin() + ": '" + dev.orchard.app.config.EnvNames.configKey(name)
                        + "' cannot be set per account (" + (name.equals("ORCHARD_USERNAME") ? "the section names the Apple ID"
                        : "it is not an option of an account, or it applies to the whole service: put it above the first [account] section") + ")");
            }
        });
    }

    /** The options an [account] section may hold: those of {@link ServiceOptions} except the web server's and the username. */
    static Set<String> perAccountNames() {
        Set<String> names = new HashSet<>();
        for (OptionSpec o : CommandSpec.forAnnotatedObject(new ServiceOptions()).options()) names.add(LayeredDefaults.envName(o));
        for (OptionSpec o : CommandSpec.forAnnotatedObject(new WebOptions()).options()) names.remove(LayeredDefaults.envName(o));
        names.remove("ORCHARD_USERNAME");
        return names;
    }

    private static ServiceOptions reparse(AppContext ctx, List<String> args, String appleId) {
        CommandLine cli = CommandTree.forArgs(new OrchardCommand(ctx), args.toArray(String[]::new));
        cli.setDefaultValueProvider(new LayeredDefaults(ctx.config()));
        try {
            ParseResult p = cli.parseArgs(args.toArray(String[]::new));
            while (p.subcommand() != null) p = p.subcommand();
            if (p.commandSpec().userObject() instanceof Holder h) return h.service();
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(e.getMessage() + " (account " + appleId + ")");
        }
        throw new IllegalStateException("not a service command: " + args);
    }

    /**
     * A bad value from an account's section, said with its line: "--photos-listing-threads must be 1-32, got 100 (set by
     * /etc/orchard/config line 9)". Values from elsewhere are placed by the command's own error reporter.
     */
    public static ConfigException placed(ConfigException e, Account a) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(--[a-z0-9]+(?:-[a-z0-9]+)*)\\b").matcher(String.valueOf(e.getMessage()));
        if (!m.find()) return e;
        ConfigSources.Value v = a.ctx().config().accountEntries(a.appleId()).get(dev.orchard.app.config.EnvNames.forOption(m.group(1), false));
        return v == null ? e : new ConfigException(e.getMessage() + " (set by " + v.origin() + ")");
    }

    /** The arguments without {@code -u X}, {@code -uX}, {@code --username X} or {@code --username=X}. */
    static List<String> withoutUsernames(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                out.addAll(args.subList(i, args.size()));
                break;
            }
            if (a.equals("-u") || a.equals("--username")) {
                i++;
                continue;
            }
            if (a.startsWith("--username=") || (a.startsWith("-u") && !a.startsWith("--"))) continue;
            out.add(a);
        }
        return out;
    }
}

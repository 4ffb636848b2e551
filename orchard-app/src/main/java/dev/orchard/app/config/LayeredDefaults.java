package dev.orchard.app.config;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds picocli option defaults from environment, .env and config file (see {@link ConfigSources}), so
 * a flag on the command line wins over all of them and the annotation default loses to all of them.
 * Remembers where each value came from so a bad value can be reported with its source.
 */
public final class LayeredDefaults implements IDefaultValueProvider {
    private static final Set<String> NO_TWIN = Set.of("--help", "--version");
    private static final Pattern LEADING_OPTION = Pattern.compile("(--[a-z0-9]+(?:-[a-z0-9]+)*)\\b");

    private final ConfigSources sources;
    private final Map<String, String> originsByOption = new HashMap<>();

    public LayeredDefaults(ConfigSources sources) {
        this.sources = sources;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || NO_TWIN.contains(option.longestName())) return null;
        String env = envName(option);
        return sources.get(env).map(v -> {
            originsByOption.put(option.longestName(), v.origin());
            return v.value();
        }).orElse(null);
    }

    public static String envName(OptionSpec option) {
        return EnvNames.forOption(option.longestName(), isFakeCommand(option.command()));
    }

    private static boolean isFakeCommand(CommandSpec command) {
        return command != null && "fake-icloud".equals(command.name());
    }

    /** Where the value of {@code optionName} came from, if not the command line or the built-in default. */
    public String originOf(String optionName) {
        return originsByOption.get(optionName);
    }

    /**
     * Where the value of the option a message starts with came from, as " (set on the command line)" or
     * " (set by environment variable ORCHARD_X)"; empty when the message names no option or it kept its default.
     */
    public String originSuffix(String message, ParseResult parsed) {
        Matcher m = LEADING_OPTION.matcher(message == null ? "" : message);
        if (!m.lookingAt()) return "";
        String option = m.group(1);
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(option)) return " (set on the command line)";
        }
        String origin = originOf(option);
        return origin == null ? "" : " (set by " + origin + ")";
    }
}

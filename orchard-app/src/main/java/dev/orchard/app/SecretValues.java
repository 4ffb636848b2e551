package dev.orchard.app;

import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.config.LayeredDefaults;
import dev.orchard.app.logging.Scrubber;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells the log scrubber every secret the process was configured with: passwords and tokens from any layer. */
final class SecretValues {
    private static final Pattern SECRET_NAME = Pattern.compile("(PASSWORD|TOKEN|SECRET)$");

    private SecretValues() {
    }

    /** Registers the secrets; answers a warning for each one given on the command line, where `ps` shows it to everybody. */
    static List<String> register(ConfigSources sources, ParseResult parsed) {
        List<String> warnings = new ArrayList<>();
        for (String name : sources.names()) {
            if (SECRET_NAME.matcher(name).find()) sources.get(name).ifPresent(v -> Scrubber.register(v.value()));
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec o : p.matchedOptions()) {
                String n = o.longestName().toUpperCase(Locale.ROOT).replace('-', '_');
                if (SECRET_NAME.matcher(n).find() && o.getValue() != null) {
                    Scrubber.register(o.getValue().toString());
                    warnings.add(warning(o, p));
                }
            }
        }
        return warnings;
    }

    private static String warning(OptionSpec o, ParseResult p) {
        String name = o.longestName();
        boolean hasFile = p.commandSpec().findOption(name + "-file") != null;
        return "warning: " + name + " on the command line is visible to every user of this machine (ps); use "
                + LayeredDefaults.envName(o) + " in the environment" + (hasFile ? " or " + name + "-file" : " or the config file") + " instead";
    }
}

package dev.orchard.app;

import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.logging.Scrubber;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells the log scrubber every secret the process was configured with: passwords and tokens from any layer. */
final class SecretValues {
    private static final Pattern SECRET_NAME = Pattern.compile("(PASSWORD|TOKEN|SECRET)$");

    private SecretValues() {
    }

    static void register(ConfigSources sources, ParseResult parsed) {
        for (String name : sources.names()) {
            if (SECRET_NAME.matcher(name).find()) sources.get(name).ifPresent(v -> Scrubber.register(v.value()));
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec o : p.matchedOptions()) {
                String n = o.longestName().toUpperCase(Locale.ROOT).replace('-', '_');
                if (SECRET_NAME.matcher(n).find() && o.getValue() != null) Scrubber.register(o.getValue().toString());
            }
        }
    }
}

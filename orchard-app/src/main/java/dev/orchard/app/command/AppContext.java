package dev.orchard.app.command;

import dev.orchard.app.config.ConfigSources;

import java.io.Console;
import java.time.Clock;
import java.util.Map;

/** What every command may need from the process: environment, configuration layers, terminal, clock. */
public record AppContext(Map<String, String> env, ConfigSources config, Console console, Clock clock) {
    public boolean interactive() {
        return console != null;
    }

    /** An ORCHARD_* value from environment, .env or config file; null when absent. */
    public String setting(String envName) {
        return config.get(envName).map(ConfigSources.Value::value).orElse(null);
    }
}

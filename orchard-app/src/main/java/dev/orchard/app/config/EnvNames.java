package dev.orchard.app.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The naming rule tying the layers together: option {@code --photos-dir} is environment variable
 * {@code ORCHARD_PHOTOS_DIR} and config key {@code photos-dir}. Options of {@code orchard fake-icloud}
 * are prefixed: {@code --port} there is {@code ORCHARD_FAKE_PORT} / {@code fake-port}.
 */
public final class EnvNames {
    private EnvNames() {
    }

    public static String forOption(String longName, boolean fakeCommand) {
        String bare = longName.replaceFirst("^-+", "");
        return "ORCHARD_" + (fakeCommand ? "FAKE_" : "") + bare.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public static String configKey(String envName) {
        return envName.substring("ORCHARD_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String fromConfigKey(String key, Path file, int line) {
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ConfigException(file + " line " + line + ": '" + key
                    + "' is not an option name (use the long option without dashes, e.g. username = me@example.com)");
        }
        return "ORCHARD_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}

package dev.orchard.app.config;

import dev.orchard.icloud.session.StateDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The layers under the command line, highest first: the process environment ({@code ORCHARD_*}), the
 * {@code .env} file, the config file. Everything is keyed by environment name, e.g. ORCHARD_USERNAME.
 *
 * <p>The config file is {@code $ORCHARD_CONFIG}, else {@code $XDG_CONFIG_HOME/orchard/config}, else
 * {@code ~/.config/orchard/config}; its keys are option names without dashes ({@code username = ...}).
 * The {@code .env} file is {@code $ORCHARD_ENV_FILE}, else {@code .env} in the working directory. Naming
 * something that is not a regular file, such as /dev/null, switches a layer off.
 */
public final class ConfigSources {
    /** A value and where it came from, for messages like "(from ORCHARD_PORT in .env)". */
    public record Value(String value, String origin) {
    }

    private final Map<String, Value> values;
    private final Map<String, String> fromConfigFile;
    private final Map<String, Map<String, Value>> accounts;
    private final Path configFile;
    private final Path envFile;

    private ConfigSources(Map<String, Value> values, Map<String, String> fromConfigFile, Map<String, Map<String, Value>> accounts,
                          Path configFile, Path envFile) {
        this.values = values;
        this.fromConfigFile = fromConfigFile;
        this.accounts = accounts;
        this.configFile = configFile;
        this.envFile = envFile;
    }

    public static ConfigSources load(Map<String, String> env, Path workingDir) {
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, String> fromConfigFile = new LinkedHashMap<>();
        Map<String, Map<String, Value>> accounts = new LinkedHashMap<>();
        Path config = configFile(env);
        refuseDirectory(config, "ORCHARD_CONFIG", env);
        if (config != null && Files.isRegularFile(config)) {
            KeyValueFile.sections(config, false).forEach((section, entries) -> {
                Map<String, Value> into = section.isEmpty() ? values : accounts.computeIfAbsent(section, k -> new LinkedHashMap<>());
                entries.forEach((key, e) -> {
                    String envName = EnvNames.fromConfigKey(key, config, e.line());
                    into.put(envName, new Value(e.value(), config + " line " + e.line()));
                    if (section.isEmpty()) fromConfigFile.put(envName, config + " line " + e.line() + " ('" + key + "')");
                });
            });
        } else if (config != null && !Files.exists(config) && env.get("ORCHARD_CONFIG") != null && !env.get("ORCHARD_CONFIG").isBlank()) {
            throw new ConfigException("ORCHARD_CONFIG names " + config + ", which does not exist");
        }
        Path dotEnv = envFile(env, workingDir);
        refuseDirectory(dotEnv, "ORCHARD_ENV_FILE", env);
        if (dotEnv != null && Files.isRegularFile(dotEnv)) {
            KeyValueFile.read(dotEnv, true).forEach((key, e) -> {
                if (key.startsWith("ORCHARD_")) values.put(key, new Value(e.value(), dotEnv + " line " + e.line()));
            });
        }
        env.forEach((key, value) -> {
            if (key.startsWith("ORCHARD_")) values.put(key, new Value(value, "environment variable " + key));
        });
        return new ConfigSources(values, fromConfigFile, accounts, config, dotEnv);
    }

    /** The Apple IDs of the config file's {@code [account ...]} sections, in file order. */
    public java.util.List<String> accounts() {
        return java.util.List.copyOf(accounts.keySet());
    }

    /** The entries of one account's section (by environment name), empty when it has none. */
    public Map<String, Value> accountEntries(String appleId) {
        for (Map.Entry<String, Map<String, Value>> e : accounts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(appleId)) return Map.copyOf(e.getValue());
        }
        return Map.of();
    }

    /**
     * The layers as one account sees them: its section's values win over the environment, {@code .env} and
     * the top of the config file (the command line still wins over all), and the username is the account.
     */
    public ConfigSources forAccount(String appleId) {
        Map<String, Value> merged = new LinkedHashMap<>(values);
        merged.putAll(accountEntries(appleId));
        merged.put("ORCHARD_USERNAME", new Value(appleId, configFile + " [account " + appleId + "]"));
        return new ConfigSources(merged, fromConfigFile, accounts, configFile, envFile);
    }

    /** A layer named explicitly must be a file (or /dev/null to switch it off), never a folder that would be skipped unnoticed. */
    private static void refuseDirectory(Path file, String variable, Map<String, String> env) {
        String explicit = env.get(variable);
        if (explicit != null && !explicit.isBlank() && Files.isDirectory(file)) {
            throw new ConfigException(variable + " names " + file + ", which is a folder; name the file itself (or /dev/null for none)");
        }
    }

    static Path configFile(Map<String, String> env) {
        String explicit = env.get("ORCHARD_CONFIG");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : StateDirectory.home(env).resolve(".config");
        return base.resolve("orchard").resolve("config");
    }

    static Path envFile(Map<String, String> env, Path workingDir) {
        String explicit = env.get("ORCHARD_ENV_FILE");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        return workingDir.resolve(".env");
    }

    public Optional<Value> get(String envName) {
        return Optional.ofNullable(values.get(envName));
    }

    /** Every ORCHARD_* name set in any layer. */
    public java.util.Set<String> names() {
        return java.util.Set.copyOf(values.keySet());
    }

    /** Environment names set by the config file, with where: to reject unknown keys. */
    public Map<String, String> configFileEntries() {
        return Map.copyOf(fromConfigFile);
    }

    public Path configFile() {
        return configFile;
    }

    public Path envFile() {
        return envFile;
    }
}

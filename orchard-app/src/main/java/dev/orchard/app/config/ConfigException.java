package dev.orchard.app.config;

/** Bad configuration: the CLI prints the message on one line and exits with code 2. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}

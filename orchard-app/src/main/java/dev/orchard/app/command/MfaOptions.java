package dev.orchard.app.command;

import picocli.CommandLine.Option;

import java.time.Duration;

/** How a verification code may be entered. */
public final class MfaOptions {
    @Option(names = "--mfa-code", paramLabel = "CODE", description = "A verification code you already have (used once).")
    String code;

    @Option(names = "--mfa-port", defaultValue = "8786", paramLabel = "PORT",
            description = "Port of the 2FA web page (GET/POST /mfa); 0 picks a free one, -1 turns it off (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--mfa-bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address of the 2FA web page; anything but loopback requires --mfa-token (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--mfa-token", paramLabel = "TOKEN", description = "Token the 2FA web page requires (Authorization: Bearer, or token=).")
    String token;

    @Option(names = "--mfa-timeout", defaultValue = "10m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for a code, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    public String code() { return code; }
    public int port() { return port; }
    public String bind() { return bind; }
    public String token() { return token; }
    public Duration timeout() { return timeout; }
}

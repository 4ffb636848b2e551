package dev.orchard.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** Logging options, accepted before or after the command name. */
public final class LogOptions {
    @Option(names = "--log-level", paramLabel = "LEVEL", scope = ScopeType.INHERIT,
            description = "error, warn, info, debug or trace (default: info for 'run', warn otherwise; -v means debug).")
    String level;

    @Option(names = "--log-format", defaultValue = "text", paramLabel = "text|json", scope = ScopeType.INHERIT,
            description = "Human-readable lines or one JSON object per line (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--log-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Also log to FILE, rotated daily and by size (old files gzipped).")
    Path file;

    @Option(names = "--log-file-size", defaultValue = "10MB", paramLabel = "SIZE", scope = ScopeType.INHERIT,
            description = "Rotate the log file at this size (default: ${DEFAULT-VALUE}).")
    String fileSize;

    @Option(names = "--log-file-keep", defaultValue = "7", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "Keep this many days of rotated log files (default: ${DEFAULT-VALUE}).")
    int keep;

    public dev.orchard.app.logging.LogSetup.Settings settings(boolean verbose) {
        return new dev.orchard.app.logging.LogSetup.Settings(verbose ? "debug" : level, format, file, fileSize, keep);
    }
}

package dev.orchard.app.command;

import dev.orchard.icloud.photos.cloudkit.PhotosException;
import dev.orchard.localfiles.StateException;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.config.IoReasons;
import dev.orchard.app.config.LayeredDefaults;
import dev.orchard.app.command.FailureKind;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.localfiles.FolderBusyException;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.http.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.UncheckedIOException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit code (see {@link ExitCodes}). */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final LayeredDefaults defaults;

    public ErrorReporter(LayeredDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String message = ex.getMessage();
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec option) {
            String origin = defaults.originOf(option.longestName());
            if (origin != null) message += " (set by " + origin + "; accepted: see --help)";
        }
        cmd.getErr().println("orchard: " + message);
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String origin = ex instanceof ConfigException ? defaults.originSuffix(ex.getMessage(), parseResult) : "";
        cmd.getErr().println("orchard: " + message(ex) + origin);
        cmd.getErr().flush();
        LOG.debug("command failed", ex);
        return exitCode(ex);
    }

    public static String message(Throwable ex) {
        if (ex instanceof ConfigException || ex instanceof ICloudException) return ex.getMessage();
        if (ex instanceof FolderBusyException || ex instanceof StateException) return ex.getMessage();
        if (ex instanceof UncheckedIOException) return IoReasons.explain(ex.getMessage(), ex.getCause());
        if (ex instanceof CommandLine.ParameterException) return ex.getMessage();
        return "internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                + " (run with -v for details)";
    }

    public static int exitCode(Throwable ex) {
        if (ex instanceof ConfigException) return ExitCodes.USAGE;
        if (FailureKind.outOfMemory(ex)) return ExitCodes.FAILURE;
        if (ex instanceof dev.orchard.icloud.auth.SessionEndedException) return ExitCodes.NEEDS_USER;
        if (ex instanceof AuthException a) {
            return switch (a.reason()) {
                case THROTTLED, MFA_LOCKED -> ExitCodes.TEMPORARY;
                case PROTOCOL, SERVICE_NOT_ACTIVATED -> ExitCodes.FAILURE;
                default -> ExitCodes.NEEDS_USER;
            };
        }
        if (ex instanceof PhotosException p) {
            return switch (p.reason()) {
                case INDEXING, TEMPORARY -> ExitCodes.TEMPORARY;
                case ACCESS_DENIED -> ExitCodes.NEEDS_USER;
                default -> ExitCodes.FAILURE;
            };
        }
        if (ex instanceof RetryLaterException || ex instanceof TransportException) return ExitCodes.TEMPORARY;
        if (ex instanceof FolderBusyException) return ExitCodes.TEMPORARY;
        return ExitCodes.FAILURE;
    }
}

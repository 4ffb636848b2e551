package dev.orchard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.orchard.app.config.ConfigException;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Configures Logback from Orchard's options: level, text or JSON lines, stderr and optionally a rotating
 * file (rolled daily and by size, gzipped, the newest {@code keep} kept). Every appender writes through a
 * {@link ScrubbingEncoder}.
 */
public final class LogSetup {
    /** {@code level} null: the command's default. {@code file} null: stderr only. */
    public record Settings(String level, String format, Path file, String maxFileSize, int keep) {
    }

    private LogSetup() {
    }

    public static void apply(Settings s, Level defaultLevel) {
        Level level = s.level() == null || s.level().isBlank() ? defaultLevel : parseLevel(s.level());
        boolean json = parseFormat(s.format());
        parseSize(s.maxFileSize());
        configure((LoggerContext) LoggerFactory.getILoggerFactory(), level, json, s.file() == null ? null : s);
    }

    /** What logs before the options are read (see {@link StartupLogging}): warnings and errors, as text to stderr. */
    static void defaults(LoggerContext ctx) {
        configure(ctx, Level.WARN, false, null);
    }

    /** {@code file} null: stderr only. */
    private static void configure(LoggerContext ctx, Level level, boolean json, Settings file) {
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.setLevel(Level.WARN);
        ctx.getLogger("dev.orchard").setLevel(level);
        ctx.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        // Apache HttpClient logs headers (cookies, tokens) and pre-signed URLs at DEBUG: never below WARN.
        ctx.getLogger("org.apache.hc").setLevel(Level.WARN);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setTarget("System.err");
        start(ctx, root, console, encoder(ctx, json, "%d{HH:mm:ss} %-5level %msg%n%ex{short}"), "console");
        if (file != null) {
            start(ctx, root, fileAppender(ctx, file), encoder(ctx, json, "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n"), "file");
        }
    }

    /** The log file, rolled daily and by size, gzipped, private to its owner (not started). */
    static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext ctx, Settings s) {
        RollingFileAppender<ILoggingEvent> file = new PrivateLogFile<>();
        file.setContext(ctx);
        file.setFile(s.file().toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(s.file() + ".%d{yyyy-MM-dd}.%i.gz");
        policy.setMaxFileSize(parseSize(s.maxFileSize()));
        policy.setMaxHistory(Math.max(1, s.keep()));
        policy.start();
        file.setRollingPolicy(policy);
        return file;
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext ctx, boolean json, String pattern) {
        Encoder<ILoggingEvent> inner;
        if (json) {
            inner = new JsonLineEncoder();
        } else {
            PatternLayoutEncoder p = new PatternLayoutEncoder();
            p.setPattern(pattern);
            inner = p;
        }
        inner.setContext(ctx);
        ScrubbingEncoder scrubbing = new ScrubbingEncoder(inner);
        scrubbing.setContext(ctx);
        scrubbing.start();
        return scrubbing;
    }

    private static void start(LoggerContext ctx, Logger root, Appender<ILoggingEvent> appender, Encoder<ILoggingEvent> encoder, String name) {
        appender.setContext(ctx);
        appender.setName(name);
        if (appender instanceof ch.qos.logback.core.OutputStreamAppender<ILoggingEvent> o) o.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
    }

    static Level parseLevel(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> Level.ERROR;
            case "warn", "warning" -> Level.WARN;
            case "info" -> Level.INFO;
            case "debug" -> Level.DEBUG;
            case "trace" -> Level.TRACE;
            default -> throw new ConfigException("--log-level must be error, warn, info, debug or trace, got '" + v + "'");
        };
    }

    static boolean parseFormat(String v) {
        return switch (v == null ? "text" : v.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new ConfigException("--log-format must be text or json, got '" + v + "'");
        };
    }

    static FileSize parseSize(String v) {
        FileSize size;
        try {
            size = FileSize.valueOf(v.strip());
        } catch (RuntimeException e) {
            size = null;
        }
        if (size == null || size.getSize() < 1024 || !v.strip().matches("(?i)\\d{1,9}\\s*(kb|mb|gb)?")) {
            throw new ConfigException("--log-file-size must be a size of at least 1KB such as 10MB or 500KB, got '" + v + "'");
        }
        return size;
    }
}

package dev.orchard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The log file and its rotations are the owner's only, whatever the umask (here: a file that was world-readable). */
class PrivateLogFileTest {
    @TempDir
    Path dir;

    @Test
    void theLogAndEveryRotationAre0600() throws IOException {
        Path log = dir.resolve("logs/orchard.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "from an older version\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new LogbackMDCAdapter());
        RollingFileAppender<ILoggingEvent> file = LogSetup.fileAppender(ctx, new LogSetup.Settings(null, "text", log, "1KB", 3));
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%msg%n");
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        try {
            assertThat(permissions(log)).isEqualTo("rw-------");
            // each line is over the 1KB limit, so each one after the first rolls the file over
            for (int i = 0; i < 4; i++) {
                file.doAppend(new LoggingEvent("test", ctx.getLogger("test"), Level.INFO, "line " + i + " " + "x".repeat(2000), null, null));
            }
        } finally {
            file.stop();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(log.getParent())) {
            files = s.toList();
        }
        assertThat(files).anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".gz"));
        assertThat(files).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(permissions(p)).as(p.toString()).isEqualTo("rw-------"));
    }

    private static String permissions(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

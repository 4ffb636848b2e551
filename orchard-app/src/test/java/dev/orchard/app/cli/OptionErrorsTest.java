package dev.orchard.app.cli;

import dev.orchard.app.CliRun;
import dev.orchard.app.command.ErrorReporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad configuration is a usage error (exit 2) on one line naming the option and where its value came from. */
class OptionErrorsTest {
    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() {
        env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        env.put("ORCHARD_USERNAME", "me@example.com");
        env.put("ORCHARD_ICLOUD_ENDPOINT", "http://127.0.0.1:9");
    }

    private CliRun run(String... args) {
        return CliRun.run(env, dir, args);
    }

    /** Exit 2 and a first line naming the problem (picocli adds "Try 'orchard ... --help'." to values it cannot convert). */
    private static void usageError(CliRun r, String... parts) {
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err.lines().findFirst().orElse("")).as(r.toString()).doesNotContain("internal error").contains(parts);
        assertThat(r.err.lines().skip(1)).as(r.toString()).allSatisfy(l -> assertThat(l).startsWith("Try 'orchard "));
        assertThat(r.out).doesNotContain("Signing in");
    }

    private Path configFile(String text) throws IOException {
        Path f = dir.resolve("xdg/orchard/config");
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    @Test
    void webPortOutOfRange() {
        usageError(run("run", "--web-port", "70000"), "--web-port must be a port number", "got 70000", "(set on the command line)");
        env.put("ORCHARD_WEB_PORT", "99999");
        usageError(run("run"), "got 99999", "(set by environment variable ORCHARD_WEB_PORT)");
    }

    @Test
    void aDurationThatWouldOverflow() {
        usageError(run("run", "--mfa-timeout", "99999999999d"), "--mfa-timeout", "'99999999999d' is too long");
        usageError(run("run", "--mfa-timeout", "9999999999999999999d"), "--mfa-timeout", "is not a duration");
    }

    @Test
    void aBadLogFileSizeEvenWithoutALogFile() {
        usageError(run("status", "--offline", "--log-file-size", "10XB"), "--log-file-size must be a size", "'10XB'", "(set on the command line)");
    }

    @Test
    void aDateRangeBackwards() {
        usageError(run("photos", "sync", "--photos-from", "2024-05-01", "--photos-to", "2024-04-01"),
                "--photos-to 2024-04-01 is before --photos-from 2024-05-01");
    }

    @Test
    void photosOptionsSayWhereTheyCameFrom() throws IOException {
        Path config = configFile("photos-threads = 99\n");
        usageError(run("photos", "sync"), "--photos-threads: download threads must be 1-64, got 99", "(set by " + config + " line 1)");
        Files.writeString(dir.resolve(".env"), "ORCHARD_PHOTOS_THREADS=0\n");
        usageError(run("photos", "sync"), "got 0", "(set by " + dir.resolve(".env") + " line 1)");
    }

    @Test
    void aPhotosFileModeThatIsNotOne() throws IOException {
        Path config = configFile("photos-file-mode = 0755\n");
        usageError(run("photos", "sync"), "--photos-file-mode: '0755' has execute bits", "(set by " + config + " line 1)");
        env.put("ORCHARD_PHOTOS_FILE_MODE", "rw-r--r--");
        usageError(run("photos", "sync"), "--photos-file-mode: 'rw-r--r--' is not an octal file mode like 0644 or 0640",
                "(set by environment variable ORCHARD_PHOTOS_FILE_MODE)");
    }

    @Test
    void aCaFileMissingOrNotPem() throws IOException {
        usageError(run("login", "--ca-file", dir.resolve("nope.pem").toString()), "--ca-file " + dir.resolve("nope.pem") + " does not exist",
                "(set on the command line)");
        Path notPem = Files.writeString(dir.resolve("bad.pem"), "hello\n");
        env.put("ORCHARD_CA_FILE", notPem.toString());
        usageError(run("status"), "--ca-file " + notPem + " is not a PEM certificate file", "(set by environment variable ORCHARD_CA_FILE)");
        usageError(run("run", "--web-port", "-1"), "is not a PEM certificate file");
    }

    @Test
    void anUnbalancedQuoteInTheConfigFile() throws IOException {
        Path config = configFile("domain = com\nusername = \"me@example.com\n");
        usageError(run("status", "--offline"), config + " line 2: the value of 'username' has an unbalanced \"");
        configFile("username = me@example.com'\n");
        usageError(run("status", "--offline"), "line 1: the value of 'username' has an unbalanced '");
        configFile("username = 'me@example.com'\n");
        assertThat(run("status", "--offline").err).doesNotContain("unbalanced");
    }

    @Test
    void orchardConfigNamingAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("conf.d"));
        env.put("ORCHARD_CONFIG", folder.toString());
        usageError(run("status", "--offline"), "ORCHARD_CONFIG names " + folder + ", which is a folder");
        env.remove("ORCHARD_CONFIG");
        env.put("ORCHARD_ENV_FILE", folder.toString());
        usageError(run("status", "--offline"), "ORCHARD_ENV_FILE names " + folder + ", which is a folder");
    }

    @Test
    void aLibraryOrDriveFolderThatIsAFileStopsBeforeSigningIn() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        usageError(run("photos", "sync", "--photos-dir", file.toString()), "--photos-dir " + file + " is a file, not a folder");
        usageError(run("photos", "sync", "--photos-dir", file.resolve("lib").toString()), ": " + file + " is a file, not a folder");
        env.put("ORCHARD_DRIVE_DIR", file.toString());
        usageError(run("drive", "sync", "--once"), "--drive-dir " + file + " is a file, not a folder",
                "(set by environment variable ORCHARD_DRIVE_DIR)");
        // the service checks the folders of its scheduled jobs when it starts, not at their first run
        usageError(run("run", "--web-port", "-1", "--drive-schedule", "5m"), "--drive-dir " + file + " is a file, not a folder");
        usageError(run("run", "--web-port", "-1", "--photos-schedule", "6h", "--photos-dir", file.toString()),
                "--photos-dir " + file + " is a file, not a folder");
    }

    @Test
    void aWebPasswordOnTheCommandLineIsWarnedAbout() {
        CliRun r = run("run", "--web-password", "hunter2", "--web-port", "70000");
        assertThat(r.err).contains("orchard: warning: --web-password on the command line is visible to every user of this machine (ps); "
                + "use ORCHARD_WEB_PASSWORD in the environment or --web-password-file instead").doesNotContain("hunter2");
        env.put("ORCHARD_WEB_PASSWORD", "hunter2");
        assertThat(run("run", "--web-port", "70000").err).doesNotContain("warning");
    }

    @Test
    void anIoErrorSaysWhatWentWrongNotJustThePath() {
        assertThat(ErrorReporter.message(new java.io.UncheckedIOException("cannot use the library folder /lib: /lib",
                new java.nio.file.AccessDeniedException("/lib")))).isEqualTo("cannot use the library folder /lib: permission denied");
    }
}

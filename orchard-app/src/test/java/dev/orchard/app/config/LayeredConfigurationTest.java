package dev.orchard.app.config;

import dev.orchard.app.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredConfigurationTest {
    @TempDir
    Path dir;
    Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() {
        env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    }

    private void configFile(String text) throws IOException {
        Path f = dir.resolve("xdg/orchard/config");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private CliRun status(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "status";
        args[1] = "--offline";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return CliRun.run(env, dir, args);
    }

    @Test
    void flagBeatsEnvironmentBeatsDotEnvBeatsConfigFile() throws IOException {
        configFile("# my config\nusername = from-config@example.com\n");
        assertThat(status().out).contains("Account:      from-config@example.com");

        Files.writeString(dir.resolve(".env"), "export ORCHARD_USERNAME='from-dotenv@example.com'\nOTHER=ignored\n");
        assertThat(status().out).contains("Account:      from-dotenv@example.com");

        env.put("ORCHARD_USERNAME", "from-env@example.com");
        assertThat(status().out).contains("Account:      from-env@example.com");

        assertThat(status("--username", "from-flag@example.com").out).contains("Account:      from-flag@example.com");
    }

    @Test
    void withoutXdgConfigHomeTheConfigFileIsUnderHomeFromTheEnvironment() throws IOException {
        env.put("XDG_CONFIG_HOME", ""); // unset, as far as Orchard is concerned (CliRun fills in a missing one)
        env.put("HOME", dir.resolve("home").toString());
        Path f = dir.resolve("home/.config/orchard/config");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "username = from-home@example.com\n");
        CliRun r = status();
        assertThat(r.out).as(r.err).contains("Account:      from-home@example.com");
    }

    @Test
    void annotationDefaultsLoseToEveryLayer() {
        env.put("ORCHARD_USERNAME", "a@example.com");
        env.put("ORCHARD_DOMAIN", "moon");
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--domain must be com or cn, got 'moon'");
    }

    @Test
    void badValuesNameTheirSourceAndExitWith2() {
        env.put("ORCHARD_USERNAME", "a@example.com");
        env.put("ORCHARD_MFA_PORT", "eighty");
        CliRun r = CliRun.run(env, dir, "login");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--mfa-port").contains("eighty").contains("environment variable ORCHARD_MFA_PORT");
    }

    @Test
    void unknownConfigKeysAreRejected() throws IOException {
        configFile("usernme = typo@example.com\n");
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("line 1 ('usernme') is not an Orchard option");
    }

    @Test
    void keysOfOtherCommandsAreAcceptedAndUnknownOnesAfterThemRejected() throws IOException {
        configFile("username = a@example.com\ndrive-dir = /srv/drive\nfake-port = 9000\n");
        CliRun accepted = status();
        assertThat(accepted.out).contains("Account:      a@example.com");
        assertThat(accepted.err).doesNotContain("is not an Orchard option");

        configFile("username = a@example.com\ndrive-dir = /srv/drive\ndrive-dri = /srv/typo\n");
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("line 3 ('drive-dri') is not an Orchard option");
    }

    @Test
    void passwordsStayOutOfTheConfigFile() throws IOException {
        configFile("username = a@example.com\npassword = hunter2\n");
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("keep the password out of the config file").doesNotContain("hunter2");
    }

    @Test
    void malformedConfigLinesAreReportedWithTheirLine() throws IOException {
        configFile("username = a@example.com\njust some words\n");
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("line 2: expected key = value");
    }

    @Test
    void missingExplicitConfigFileIsAnError() {
        env.put("ORCHARD_CONFIG", dir.resolve("nope").toString());
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("ORCHARD_CONFIG names").contains("does not exist");
    }

    @Test
    void devNullSwitchesTheConfigFileOff() throws IOException {
        configFile("username = from-config@example.com\n");
        env.put("ORCHARD_CONFIG", "/dev/null");
        env.put("ORCHARD_USERNAME", "a@example.com");
        assertThat(status().out).contains("Account:      a@example.com");
    }

    @Test
    void missingUsernameSaysHowToGiveIt() {
        CliRun r = status();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("no Apple ID given: use --username or set ORCHARD_USERNAME");
    }

    @Test
    void badEndpointIsAClearError() {
        env.put("ORCHARD_USERNAME", "a@example.com");
        env.put("ORCHARD_ICLOUD_ENDPOINT", "ftp://example.com");
        CliRun r = CliRun.run(env, dir, "login");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("ORCHARD_ICLOUD_ENDPOINT").contains("must be an origin");
    }

    @Test
    void versionPrints() {
        CliRun r = CliRun.run(env, dir, "--version");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("orchard ");
    }
}

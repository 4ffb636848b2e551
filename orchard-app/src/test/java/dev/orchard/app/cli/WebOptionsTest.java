package dev.orchard.app.cli;

import dev.orchard.app.config.ConfigException;
import dev.orchard.app.web.WebAccess;
import dev.orchard.app.web.WebOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebOptionsTest {
    @TempDir
    Path dir;

    @Command
    static final class Holder {
        @Mixin
        WebOptions web;
    }

    private static WebOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.web;
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("any:" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePasswordCanComeFromAFileSoThatPsDoesNotShowIt() throws Exception {
        Path file = dir.resolve("web-password");
        Files.writeString(file, "s3cret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        WebAccess access = parse("--web-bind", "0.0.0.0", "--web-password-file", file.toString()).access();
        assertThat(access.usesPassword()).isTrue();
        assertThat(access.allows(basic("s3cret"))).isTrue();
        assertThat(access.allows(basic("s3cret\n"))).isFalse();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> parse("--web-password-file", file.toString()).access())
                .isInstanceOf(ConfigException.class).hasMessage("--web-password-file " + file + " is readable by other users; chmod 600 it first");
        assertThatThrownBy(() -> parse("--web-password-file", dir.resolve("nope").toString()).access())
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> parse("--web-password", "a", "--web-password-file", file.toString()).access())
                .hasMessageContaining("both set");
    }

    @Test
    void theHelpSaysWhereElseThePasswordCanCome() {
        String help = new CommandLine(new Holder()).getUsageMessage();
        assertThat(help).contains("--web-password-file").contains("ORCHARD_WEB_PASSWORD").contains("--web-host");
    }

    @Test
    void badHostNamesAndPortsAreUsageErrors() {
        assertThatThrownBy(() -> parse("--web-host", "http://nas/").access()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--web-host 'http://nas/' is not a host name");
        assertThatThrownBy(() -> parse("--web-port", "70000").access()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("got 70000");
        assertThat(parse("--web-port", "-1").port()).isEqualTo(-1);
    }
}

package dev.orchard.app.password;

import dev.orchard.app.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordSourcesTest {
    @TempDir
    Path dir;

    @Test
    void commandWinsAndOnlyItsFirstLineCounts() {
        char[] p = new PasswordSources("a@b.c", "printf 's3cret\\nignored'", null, "env-pass", null).password();
        assertThat(new String(p)).isEqualTo("s3cret");
    }

    @Test
    void failingCommandIsReportedWithoutItsOutput() {
        assertThatThrownBy(() -> new PasswordSources("a@b.c", "echo leaked; exit 3", null, null, null).password())
                .isInstanceOf(ConfigException.class).hasMessage("--password-command exited with status 3");
    }

    @Test
    void fileMustBePrivate() throws Exception {
        Path f = dir.resolve("pw");
        Files.writeString(f, "filepass\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> new PasswordSources("a@b.c", null, f, null, null).password())
                .hasMessageContaining("readable by other users");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(new String(new PasswordSources("a@b.c", null, f, null, null).password())).isEqualTo("filepass");
    }

    @Test
    void environmentIsUsedWhenNoFlagIsGiven() {
        assertThat(new String(new PasswordSources("a@b.c", null, null, "env-pass", null).password())).isEqualTo("env-pass");
    }

    @Test
    void noSourceAndNoTerminalSaysWhatToDo() {
        assertThatThrownBy(() -> new PasswordSources("a@b.c", null, null, null, null).password())
                .hasMessageContaining("set ORCHARD_PASSWORD, --password-file or --password-command");
    }

    @Test
    void bothFileAndCommandIsRejected() {
        assertThatThrownBy(() -> new PasswordSources("a@b.c", "true", dir.resolve("x"), null, null))
                .hasMessageContaining("use one of them");
    }
}

package dev.orchard.photos.fs;

import dev.orchard.localfiles.FileModes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileModesTest {
    @TempDir
    Path dir;

    private String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void foldersGetSearchWhereTheFileModeLetsRead() throws Exception {
        FileModes m = FileModes.parse("0640");
        assertThat(m).hasToString("0640");
        Files.createDirectories(dir.resolve("a"));
        Files.setPosixFilePermissions(dir.resolve("a"), PosixFilePermissions.fromString("rwx------"));
        m.createDirectories(dir.resolve("a/b/c"));
        assertThat(mode(dir.resolve("a/b"))).isEqualTo("rwxr-x---");
        assertThat(mode(dir.resolve("a/b/c"))).isEqualTo("rwxr-x---");
        assertThat(mode(dir.resolve("a"))).as("a folder Orchard did not create keeps its mode").isEqualTo("rwx------");

        Path f = Files.createFile(dir.resolve("f"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        FileModes.parse("644").applyToFile(f);
        assertThat(mode(f)).isEqualTo("rw-r--r--");
        FileModes.UMASK.applyToFile(f);
        assertThat(mode(f)).isEqualTo("rw-r--r--");
        assertThat(FileModes.UMASK.followsUmask()).isTrue();
        assertThat(FileModes.parse("0660").toString()).isEqualTo("0660");
    }

    @Test
    void badModesAreRefusedWithWhatIsAccepted() {
        assertThatThrownBy(() -> FileModes.parse("rw-r--r--")).hasMessage("'rw-r--r--' is not an octal file mode like 0644 or 0640");
        assertThatThrownBy(() -> FileModes.parse("04755")).hasMessageContaining("not an octal file mode");
        assertThatThrownBy(() -> FileModes.parse("0755")).hasMessageContaining("has execute bits");
        assertThatThrownBy(() -> FileModes.parse("0444")).hasMessageContaining("must let the owner read and write");
    }
}

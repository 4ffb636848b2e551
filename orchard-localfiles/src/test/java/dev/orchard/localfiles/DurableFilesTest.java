package dev.orchard.localfiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurableFilesTest {
    @TempDir
    Path dir;

    @Test
    void aMoveNeverReplacesUnlessAskedAndCreatesParents() throws Exception {
        Path temp = Files.writeString(dir.resolve("t.part"), "new");
        Path target = Files.writeString(dir.resolve("target.txt"), "old");
        assertThatThrownBy(() -> DurableFiles.move(temp, target, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(target).hasContent("old");
        DurableFiles.move(temp, target, true);
        assertThat(target).hasContent("new");
        DurableFiles.move(target, dir.resolve("a/b/moved.txt"), false);
        assertThat(dir.resolve("a/b/moved.txt")).hasContent("new");
    }
}

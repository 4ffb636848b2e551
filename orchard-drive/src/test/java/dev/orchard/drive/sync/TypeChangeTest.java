package dev.orchard.drive.sync;

import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder replaced by a file of the same name (or the reverse) is a change the user made, not a conflict. */
class TypeChangeTest {
    @TempDir
    Path dir;

    @Test
    void aLocalFolderReplacedByAFileBecomesThatFileOnBothSides() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("x/a.txt", "inside");
            f.write("x/sub/b.txt", "deeper");
            f.sync();
            f.delete("x");
            f.write("x", "a");
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).isEmpty();
            assertThat(f.read("x")).isEqualTo("a");
            assertThat(f.remoteRead("x")).isEqualTo("a");
            assertThat(f.remoteTrashContents()).containsExactlyInAnyOrder("inside", "deeper");
            f.assertConverged();
            assertThat(f.localTree()).containsOnlyKeys("x");
        }
    }

    @Test
    void aLocalFileReplacedByAFolderBecomesThatFolderOnBothSides() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("y", "was a file");
            f.sync();
            f.delete("y");
            f.write("y/c.txt", "now a folder");
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).isEmpty();
            assertThat(f.remoteRead("y/c.txt")).isEqualTo("now a folder");
            assertThat(f.remoteTrashContents()).containsExactly("was a file");
            f.assertConverged();
            assertThat(f.localTree()).containsOnlyKeys("y", "y/c.txt");
        }
    }

    @Test
    void aFolderReplacedWhileICloudChangedInsideItKeepsTheFolderAndTheFileAsAConflictCopy() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("z/a.txt", "base");
            f.sync();
            f.delete("z");
            f.write("z", "file");
            f.remoteWrite("z/a.txt", "edited in iCloud");
            f.sync();
            f.sync();
            assertThat(f.read("z/a.txt")).isEqualTo("edited in iCloud");
            assertThat(f.localTree()).anySatisfy((path, content) -> {
                assertThat(path).startsWith("z (conflict ");
                assertThat(content).isEqualTo("file");
            });
            f.assertConverged();
        }
    }

    @Test
    void anICloudFolderReplacedByAFileReplacesTheLocalFolder() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("w/a.txt", "inside");
            f.sync();
            f.remote().trash("w");
            f.remoteWrite("w", "a file now");
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).isEmpty();
            assertThat(f.read("w")).isEqualTo("a file now");
            assertThat(f.localTrashContents()).containsExactly("inside");
            f.assertConverged();
        }
    }
}

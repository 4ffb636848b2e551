package dev.orchard.drive.sync;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Renames and moves on either side are replayed as renames, not as delete plus transfer (docs/protocol/drive-sync.md §4). */
class RenameTest {
    @TempDir
    Path dir;
    DriveFixture f;

    @BeforeEach
    void setUp() {
        f = new DriveFixture(dir);
        f.write("docs/a.txt", "A");
        f.write("docs/deep/b.txt", "B");
        f.sync();
    }

    @AfterEach
    void tearDown() {
        f.assertConverged();
        f.close();
    }

    private void assertNoTransfers(PassReport r) {
        assertThat(r.outcome().get(Outcome.Count.UPLOADED)).isZero();
        assertThat(r.outcome().get(Outcome.Count.DOWNLOADED)).isZero();
        assertThat(r.outcome().get(Outcome.Count.RENAMED)).isPositive();
        assertThat(f.remote().listTrash()).isEmpty();
    }

    @Test
    void aLocalFileRenameKeepsTheICloudItem() {
        String id = f.remote().require("docs/a.txt").drivewsid();
        f.move("docs/a.txt", "docs/renamed.txt");
        assertNoTransfers(f.sync());
        assertThat(f.remote().require("docs/renamed.txt").drivewsid()).isEqualTo(id);
    }

    @Test
    void aLocalMoveIntoAnotherFolderMovesTheICloudItem() {
        String id = f.remote().require("docs/a.txt").drivewsid();
        f.move("docs/a.txt", "docs/deep/a.txt");
        assertNoTransfers(f.sync());
        assertThat(f.remote().require("docs/deep/a.txt").drivewsid()).isEqualTo(id);
    }

    @Test
    void aLocalFolderRenameIsOneRename() {
        f.move("docs", "papers");
        assertNoTransfers(f.sync());
        assertThat(f.remoteRead("papers/deep/b.txt")).isEqualTo("B");
    }

    @Test
    void aRemoteRenameIsRenamedLocally() throws Exception {
        long inode = (long) java.nio.file.Files.getAttribute(f.local.resolve("docs/a.txt"), "unix:ino");
        f.remote().rename("docs/a.txt", "b-renamed.txt");
        assertNoTransfers(f.sync());
        assertThat((long) java.nio.file.Files.getAttribute(f.local.resolve("docs/b-renamed.txt"), "unix:ino")).isEqualTo(inode);
    }

    @Test
    void aRemoteFolderMoveIsMovedLocally() {
        f.remote().createFolder("archive");
        f.sync();
        f.remote().move("docs/deep", "archive");
        assertNoTransfers(f.sync());
        assertThat(f.read("archive/deep/b.txt")).isEqualTo("B");
    }

    @Test
    void theSameRenameOnBothSidesIsNoConflict() {
        f.move("docs/a.txt", "docs/same.txt");
        f.remote().rename("docs/a.txt", "same.txt");
        PassReport r = f.sync();
        assertThat(r.outcome().get(Outcome.Count.CONFLICTS)).isZero();
        assertThat(f.localTree()).containsKey("docs/same.txt").doesNotContainKey("docs/a.txt");
    }

    @Test
    void aRenamePlusARemoteEditKeepsTheEdit() {
        f.move("docs/a.txt", "docs/moved.txt");
        f.remoteWrite("docs/a.txt", "edited remotely");
        f.sync();
        assertThat(f.read("docs/moved.txt")).isEqualTo("edited remotely");
    }

    @Test
    void aCaseOnlyRenameIsARename() {
        f.move("docs/a.txt", "docs/A.txt");
        assertNoTransfers(f.sync());
        assertThat(f.remote().require("docs/A.txt").name()).isEqualTo("A.txt");
    }
}

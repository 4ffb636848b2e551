package dev.orchard.drive.sync;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.testing.DriveFixture;
import dev.orchard.fake.drive.RemoteDrive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of docs/protocol/drive-sync.md §1's decision table, against the fake, each ending in identical trees. */
class DecisionTableTest {
    @TempDir
    Path dir;
    DriveFixture f;

    @BeforeEach
    void setUp() {
        f = new DriveFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.assertConverged();
        f.close();
    }

    /** Both sides hold {@code a.txt} = "base" and it is in the base. */
    private void synced() {
        f.write("a.txt", "base");
        f.sync();
        assertThat(f.remoteRead("a.txt")).isEqualTo("base");
    }

    @Test
    void notInBaseLocalOnlyIsUploaded() {
        f.write("docs/new.txt", "n");
        PassReport r = f.sync();
        assertThat(f.remoteRead("docs/new.txt")).isEqualTo("n");
        assertThat(r.outcome().get(Outcome.Count.UPLOADED)).isEqualTo(1);
    }

    @Test
    void notInBaseRemoteOnlyIsDownloadedWithItsMtime() throws Exception {
        f.remoteWrite("docs/r.txt", "r");
        f.sync();
        assertThat(f.read("docs/r.txt")).isEqualTo("r");
        assertThat(java.nio.file.Files.getLastModifiedTime(f.local.resolve("docs/r.txt")).toInstant())
                .isEqualTo(f.remote().require("docs/r.txt").modified());
    }

    @Test
    void notInBaseBothEqualIsAdoptedWithoutTransfer() {
        f.write("same.txt", "equal");
        f.remoteWrite("same.txt", "equal");
        PassReport r = f.sync();
        assertThat(r.outcome().get(Outcome.Count.CONFLICTS)).isZero();
        assertThat(f.localTree()).containsOnlyKeys("same.txt");
    }

    @Test
    void notInBaseBothDifferentIsAConflictKeepingBoth() {
        f.write("x.txt", "mine");
        f.remoteWrite("x.txt", "theirs");
        f.sync();
        assertThat(f.read("x.txt")).isEqualTo("mine");
        assertThat(f.localTree()).containsValue("theirs").hasSize(2);
    }

    @Test
    void unchangedLocallyChangedRemotelyIsDownloaded() {
        synced();
        f.remoteWrite("a.txt", "remote edit");
        f.sync();
        assertThat(f.read("a.txt")).isEqualTo("remote edit");
    }

    @Test
    void unchangedLocallyDeletedRemotelyGoesToTheLocalTrash() {
        synced();
        f.remote().trash("a.txt");
        f.sync();
        assertThat(f.exists("a.txt")).isFalse();
        assertThat(f.localTrashContents()).containsExactly("base");
    }

    @Test
    void changedLocallyUnchangedRemotelyReplacesSafely() {
        synced();
        String before = f.remote().require("a.txt").drivewsid();
        f.write("a.txt", "local edit");
        f.sync();
        assertThat(f.remoteRead("a.txt")).isEqualTo("local edit");
        assertThat(f.remote().require("a.txt").drivewsid()).isNotEqualTo(before);
        assertThat(f.remoteTrashContents()).containsExactly("base");
    }

    @Test
    void changedOnBothSidesToTheSameContentIsAdopted() {
        synced();
        f.write("a.txt", "same edit");
        f.remoteWrite("a.txt", "same edit");
        PassReport r = f.sync();
        assertThat(r.outcome().get(Outcome.Count.CONFLICTS)).isZero();
        assertThat(f.localTree()).containsOnlyKeys("a.txt");
    }

    @Test
    void changedOnBothSidesDifferentlyIsAConflict() {
        synced();
        f.write("a.txt", "mine");
        f.remoteWrite("a.txt", "theirs");
        PassReport r = f.sync();
        assertThat(r.outcome().get(Outcome.Count.CONFLICTS)).isEqualTo(1);
        assertThat(f.read("a.txt")).isEqualTo("mine");
        assertThat(f.localTree().values()).contains("theirs");
    }

    @Test
    void changedLocallyDeletedRemotelyIsUploadedAgain() {
        synced();
        f.write("a.txt", "keep me");
        f.remote().trash("a.txt");
        f.sync();
        assertThat(f.remoteRead("a.txt")).isEqualTo("keep me");
    }

    @Test
    void deletedLocallyUnchangedRemotelyGoesToTheICloudTrash() {
        synced();
        f.delete("a.txt");
        f.sync();
        assertThat(f.remote().item("a.txt")).isNull();
        assertThat(f.remote().listTrash()).extracting(RemoteDrive.Entry::path).containsExactly("a.txt");
    }

    @Test
    void deletedLocallyChangedRemotelyIsDownloadedAgain() {
        synced();
        f.delete("a.txt");
        f.remoteWrite("a.txt", "remote edit");
        f.sync();
        assertThat(f.read("a.txt")).isEqualTo("remote edit");
    }

    @Test
    void deletedOnBothSidesIsForgotten() {
        synced();
        f.delete("a.txt");
        f.remote().trash("a.txt");
        f.sync();
        assertThat(f.store().loadAll()).isEmpty();
    }

    @Test
    void foldersAreCreatedAndDeletedAsWholes() {
        f.write("keep/k.txt", "k");
        f.write("gone/sub/g.txt", "g");
        f.remoteWrite("rgone/r.txt", "r");
        f.sync();
        f.delete("gone");
        f.remote().trash("rgone");
        PassReport r = f.sync();
        assertThat(f.remote().item("gone")).isNull();
        assertThat(f.remote().listTrash()).extracting(RemoteDrive.Entry::path).contains("gone");
        assertThat(f.exists("rgone")).isFalse();
        assertThat(f.localTrashContents()).containsExactly("r");
        assertThat(r.outcome().get(Outcome.Count.TRASHED_REMOTE)).isEqualTo(1);
    }

    @Test
    void aChangedFileKeepsItsDeletedFolder() {
        f.write("d/a.txt", "a");
        f.write("d/b.txt", "b");
        f.sync();
        f.remote().trash("d");
        f.write("d/b.txt", "edited");
        f.sync();
        assertThat(f.remoteRead("d/b.txt")).isEqualTo("edited");
        assertThat(f.exists("d/a.txt")).isFalse();
    }

    @Test
    void aFileWhereTheOtherSideHasAFolderBecomesAConflictCopy() {
        f.write("thing", "a file");
        f.remoteWrite("thing/inner.txt", "in a folder");
        f.sync();
        assertThat(f.read("thing/inner.txt")).isEqualTo("in a folder");
        assertThat(f.localTree()).containsValue("a file");
    }
}

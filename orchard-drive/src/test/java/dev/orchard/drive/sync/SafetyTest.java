package dev.orchard.drive.sync;

import dev.orchard.drive.options.Filters;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.testing.DriveFixture;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/protocol/drive-sync.md §3: checks that stop a pass before it does damage; and dry runs that change nothing. */
class SafetyTest {
    @TempDir
    Path dir;
    DriveFixture f;

    @BeforeEach
    void setUp() {
        f = new DriveFixture(dir);
        for (int i = 0; i < 12; i++) f.write("f" + i + ".txt", "v" + i);
        f.sync();
    }

    @AfterEach
    void tearDown() {
        f.fake.faults().clear();
        f.close();
    }

    @Test
    void tooManyDeletionsAbortTheWholePassUntilForced() {
        for (int i = 0; i < 8; i++) f.remote().trash("f" + i + ".txt");
        f.write("new.txt", "n");
        Map<String, BaseEntry> before = f.store().loadAll();
        assertThatThrownBy(f::sync).isInstanceOf(AbortedException.class).hasMessageContaining("would delete 8 of 12");
        assertThat(f.exists("f0.txt")).isTrue();
        assertThat(f.remote().item("new.txt")).isNull();
        assertThat(f.store().loadAll()).isEqualTo(before);
        f.options(o -> o.withForce(true));
        f.sync();
        assertThat(f.exists("f0.txt")).isFalse();
        assertThat(f.localTrashContents()).hasSize(8);
    }

    @Test
    void anEmptyICloudRootIsNotReadAsEverythingDeleted() {
        for (int i = 0; i < 12; i++) f.remote().trash("f" + i + ".txt");
        assertThatThrownBy(f::sync).isInstanceOf(AbortedException.class).hasMessageContaining("empty root");
        assertThat(f.localTree()).hasSize(12);
    }

    @Test
    void anEmptyOrMissingLocalFolderIsNotReadAsEverythingDeleted() {
        f.delete("");
        assertThatThrownBy(f::sync).isInstanceOf(AbortedException.class).hasMessageContaining("missing");
        assertThat(f.remoteTree()).hasSize(12);
    }

    @Test
    void aFailedListingAbortsAndChangesNothing() {
        f.delete("f1.txt");
        f.fake.faults().add(FaultRule.status(ServiceGroup.DRIVE, 500, 0, -1));
        assertThatThrownBy(f::sync).hasMessageContaining("HTTP 500");
        f.fake.faults().clear();
        assertThat(f.remote().item("f1.txt")).isNotNull();
    }

    @Test
    void everythingChangedLocallyAbortsUnlessForced() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.setLastModifiedTime(f.local.resolve("f" + i + ".txt"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        }
        assertThatThrownBy(f::sync).isInstanceOf(AbortedException.class).hasMessageContaining("every synced local file");
    }

    @Test
    void touchedFilesWithEqualChecksumsAreNotChanges() throws Exception {
        f.options(o -> o.withChecksums(true).withForce(true));
        f.sync();
        Files.setLastModifiedTime(f.local.resolve("f1.txt"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        String etag = f.remote().require("f1.txt").etag();
        PassReport r = f.sync();
        assertThat(r.planLines()).isEmpty();
        assertThat(f.remote().require("f1.txt").etag()).isEqualTo(etag);
    }

    @Test
    void changedFiltersForceACopyOnlyResync() {
        f.options(o -> o.withFilters(new Filters(List.of(), List.of("f1*"), List.of())));
        f.remote().trash("f2.txt");
        PassReport r = f.sync();
        assertThat(r.resync()).isTrue();
        assertThat(f.remote().item("f1.txt")).isNotNull();
        assertThat(f.exists("f1.txt")).isTrue();
        assertThat(f.remoteRead("f2.txt")).isEqualTo("v2");
        f.remote().trash("f3.txt");
        f.sync();
        assertThat(f.exists("f3.txt")).isFalse();
    }

    @Test
    void aDryRunChangesNeitherSideNorTheBase() {
        f.options(o -> o.withDryRun(true));
        f.write("local-new.txt", "l");
        f.remoteWrite("remote-new.txt", "r");
        f.delete("f1.txt");
        Map<String, BaseEntry> before = f.store().loadAll();
        Map<String, String> localBefore = f.localTree();
        Map<String, String> remoteBefore = f.remoteTree();
        PassReport r = f.sync();
        assertThat(r.planLines())
                .contains("upload: local-new.txt", "download: remote-new.txt", "move to iCloud trash: f1.txt");
        assertThat(f.store().loadAll()).isEqualTo(before);
        assertThat(f.localTree()).isEqualTo(localBefore);
        assertThat(f.remoteTree()).isEqualTo(remoteBefore);
    }

    @Test
    void theDownloadCapCountsPerPass() {
        f.options(o -> o.withMaxDownloads(2));
        for (int i = 0; i < 5; i++) f.remoteWrite("r" + i + ".txt", "r");
        f.sync();
        assertThat(f.localTree().keySet().stream().filter(k -> k.startsWith("r"))).hasSize(2);
        f.sync();
        assertThat(f.localTree().keySet().stream().filter(k -> k.startsWith("r"))).hasSize(4);
        f.sync();
        assertThat(f.localTree()).isEqualTo(f.remoteTree());
    }
}

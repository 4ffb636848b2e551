package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.local.Names;
import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Files moved into .orchard-trash because iCloud deleted them are kept --drive-trash-days days, then emptied. */
class TrashRetentionTest {
    @TempDir
    Path dir;
    DriveFixture f;
    Path trash;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new DriveFixture(dir);
        trash = f.local.resolve(Names.LOCAL_TRASH);
        f.write("a.txt", "deleted in iCloud");
        f.write("b.txt", "stays");
        f.sync();
        f.remote().trash("a.txt");
        f.sync();
        today = LocalDate.ofInstant(f.fake.clock().instant(), ZoneOffset.UTC);
        assertThat(trash.resolve(today + "/a.txt")).hasContent("deleted in iCloud");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private PassReport syncDaysLater(int days) {
        Clock later = Clock.offset(f.fake.clock(), Duration.ofDays(days));
        return new DriveSync(f.session.client, f.store(), f.options, SyncHooks.NONE, SyncListener.NONE, later).run(new AtomicBoolean());
    }

    @Test
    void aDayFolderGoesOnceOlderThanTheRetentionAndNothingElseDoes() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not Orchard's");
        Files.createSymbolicLink(trash.resolve(today + "/link-to-outside"), outside);
        Path younger = Files.createDirectories(trash.resolve(today.plusDays(20) + "/sub"));
        Files.writeString(younger.resolve("c.txt"), "younger");
        Path users = Files.createDirectories(trash.resolve("kept by hand"));
        Files.writeString(users.resolve("d.txt"), "mine");

        syncDaysLater(30);
        assertThat(trash.resolve(today + "/a.txt")).as("exactly 30 days old is still kept").exists();

        syncDaysLater(31);
        assertThat(trash.resolve(today.toString())).doesNotExist();
        assertThat(outside).hasContent("not Orchard's");
        assertThat(younger.resolve("c.txt")).hasContent("younger");
        assertThat(users.resolve("d.txt")).hasContent("mine");
        assertThat(f.read("b.txt")).isEqualTo("stays");
    }

    @Test
    void dryRunsNeverEmptyTheTrashAndTheRetentionIsConfigurable() {
        f.options(o -> o.withDryRun(true));
        syncDaysLater(400);
        assertThat(trash.resolve(today + "/a.txt")).exists();

        f.options(o -> o.withDryRun(false).withTrashDays(365));
        syncDaysLater(365);
        assertThat(trash.resolve(today + "/a.txt")).exists();
        syncDaysLater(366);
        assertThat(trash.resolve(today + "/a.txt")).doesNotExist();
    }
}

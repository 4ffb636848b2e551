package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Local names iCloud cannot hold, and names nobody syncs, are reported (or not) without failing the pass. */
class UnusualLocalNamesTest {
    @TempDir
    Path dir;

    private static void shell(Path cwd, String script) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", script).directory(cwd.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void aNameThatIsNotUtf8IsReportedOncePerPassAndDoesNotFailIt() throws Exception {
        try (DriveFixture f = new DriveFixture(dir)) {
            shell(f.local, "printf data > \"$(printf 'bad\\377name.txt')\"");
            f.write("good.txt", "g");
            for (int pass = 0; pass < 2; pass++) {
                List<String> warned = new ArrayList<>();
                PassReport r = f.sync(new SyncListener() {
                    @Override
                    public void warning(String message) {
                        warned.add(message);
                    }
                });
                assertThat(r.outcome().problems()).isEmpty();
                assertThat(r.clean()).isTrue();
                assertThat(warned).filteredOn(w -> w.contains("not valid UTF-8")).hasSize(1);
                assertThat(warned).noneMatch(w -> w.contains("changed locally"));
            }
            assertThat(f.remoteTree()).containsOnlyKeys("good.txt");
        }
    }

    @Test
    void namesAppleNeverSyncsAreSkippedQuietly() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write(".DS_Store", "d");
            f.write("sub/.DS_Store", "d");
            f.write("sub/desktop.ini", "i");
            f.write("sub/Icon\r", "i");
            f.write("draft.tmp", "t");
            f.write("real.txt", "r");
            PassReport r = f.sync();
            assertThat(r.warnings()).noneMatch(w -> w.contains(".DS_Store") || w.contains("desktop.ini") || w.contains("Icon"));
            assertThat(r.warnings()).anyMatch(w -> w.contains("draft.tmp"));
            assertThat(f.remoteTree()).containsOnlyKeys("real.txt", "sub");
        }
    }

    @Test
    void anICloudDsStoreIsSkippedQuietlyToo() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.remoteWrite(".DS_Store", "d");
            f.remoteWrite("r.txt", "r");
            PassReport r = f.sync();
            assertThat(r.warnings()).isEmpty();
            assertThat(f.localTree()).containsOnlyKeys("r.txt");
        }
    }

    @Test
    void iCloudItemsNamedLikeOrchardsOwnFilesAreReported() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.remote().createFolder(".orchard-trash");
            f.remoteWrite(".orchard-1a2b3c4d.part", "p");
            f.remoteWrite("r.txt", "r");
            PassReport r = f.sync();
            assertThat(r.warnings()).anyMatch(w -> w.startsWith(".orchard-trash") && w.contains("Orchard's own"))
                    .anyMatch(w -> w.startsWith(".orchard-1a2b3c4d.part") && w.contains("Orchard's own"));
            assertThat(f.sync().warnings()).filteredOn(w -> w.contains("Orchard's own")).hasSize(2);
            assertThat(f.localTree()).containsOnlyKeys("r.txt");
        }
    }
}

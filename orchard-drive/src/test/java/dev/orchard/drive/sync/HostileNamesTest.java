package dev.orchard.drive.sync;

import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Names from the server can never point outside the sync folder; odd but legal names still sync. */
class HostileNamesTest {
    @TempDir
    Path dir;

    @Test
    void dotDotSlashAndControlCharactersAreRefusedWithAWarning() throws Exception {
        try (DriveFixture f = new DriveFixture(dir)) {
            var blobs = f.fake.drive().blobs();
            f.remote().createFolderNamed("", "..");
            f.remote().createFileNamed("..", "escape.txt", blobs.of("x".getBytes()), false, null);
            f.remote().createFileNamed("", "../../etc/passwd", blobs.of("y".getBytes()), false, null);
            f.remote().createFileNamed("", "bell\u0007.txt", blobs.of("z".getBytes()), false, null);
            f.remote().createFileNamed("", "ok.txt", blobs.of("ok".getBytes()), false, null);
            PassReport r = f.sync();
            assertThat(r.warnings()).anyMatch(w -> w.contains("the name '..'"))
                    .anyMatch(w -> w.contains("'/' inside the name")).anyMatch(w -> w.contains("control character"));
            try (Stream<Path> all = Files.walk(dir)) {
                assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("escape.txt", "passwd");
            }
            assertThat(f.localTree()).containsOnlyKeys("ok.txt");
        }
    }

    @Test
    void decomposedNamesAreStoredComposedAndMatchTheirLocalTwin() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.fake.drive().settings().nfdNames(true);
            try {
                f.remoteWrite("Café.txt", "remote");
                f.sync();
                assertThat(f.localTree()).containsOnlyKeys("Café.txt");
                assertThat(Normalizer.isNormalized(f.localTree().keySet().iterator().next(), Normalizer.Form.NFC)).isTrue();
                assertThat(f.sync().planLines()).isEmpty();
            } finally {
                f.fake.drive().settings().nfdNames(false);
            }
        }
    }

    @Test
    void localNamesDifferingOnlyByCaseAreNotSyncedButReported() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("Readme.txt", "one");
            f.write("README.txt", "two");
            f.write("other.txt", "three");
            PassReport r = f.sync();
            assertThat(r.warnings()).anyMatch(w -> w.contains("only by case"));
            assertThat(f.remoteTree()).containsOnlyKeys("other.txt");
            assertThat(f.read("Readme.txt")).isEqualTo("one");
        }
    }

    @Test
    void ineligibleNamesAreSkippedWithAWarning() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("draft.tmp", "t");
            f.write(".DS_Store", "d");
            f.write("real.txt", "r");
            PassReport r = f.sync();
            assertThat(r.warnings()).anyMatch(w -> w.contains("draft.tmp"));
            assertThat(f.remoteTree()).containsOnlyKeys("real.txt");
        }
    }
}

package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.testing.DriveFixture;
import dev.orchard.fake.drive.RemoteDrive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Names near the 255-byte limit of Linux file systems: every name Orchard makes from them still fits. */
class LongNamesTest {
    @TempDir
    Path dir;

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void conflictOn(String name) {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write(name, "base");
            f.sync();
            f.write(name, "local version");
            f.remoteWrite(name, "remote version");
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).isEmpty();
            Map<String, String> tree = f.localTree();
            assertThat(tree).hasSize(2).containsEntry(name, "local version");
            String copy = tree.keySet().stream().filter(k -> !k.equals(name)).findFirst().orElseThrow();
            assertThat(tree.get(copy)).isEqualTo("remote version");
            assertThat(bytes(copy)).isLessThanOrEqualTo(255);
            assertThat(copy).endsWith(".txt").contains("(conflict ");
            assertThat(copy.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no code point split").isTrue();
            f.assertConverged();
        }
    }

    @Test
    void aConflictOnALongNameNamesItsCopyWithinTheLimit() {
        conflictOn("a".repeat(240) + ".txt");
    }

    @Test
    void shorteningNeverSplitsACodePoint() {
        conflictOn("\uD83D\uDE00".repeat(61) + ".txt"); // 61 four-byte emoji: 248 bytes
    }

    @Test
    void theTemporaryUploadOfALongNameFitsTheLimitToo() {
        try (DriveFixture f = new DriveFixture(dir)) {
            String name = "b".repeat(250) + ".txt";
            f.write(name, "one");
            f.sync();
            f.write(name, "two");
            List<String> seen = new ArrayList<>();
            f.hooks = (step, path) -> {
                if (step == SyncHooks.Step.UPLOAD_COMMITTED) {
                    for (RemoteDrive.Entry e : f.remote().list()) seen.add(leaf(e.path()));
                }
            };
            assertThat(f.sync().outcome().problems()).isEmpty();
            assertThat(seen).anyMatch(n -> n.startsWith(".orchard-")).allMatch(n -> bytes(n) <= 255);
            assertThat(f.remoteRead(name)).isEqualTo("two");
        }
    }

    @Test
    void anICloudNameTooLongForTheDiskIsReportedAndLeavesNoTempFile() throws Exception {
        try (DriveFixture f = new DriveFixture(dir)) {
            String name = "c".repeat(296) + ".txt";
            f.remoteWrite(name, "long");
            f.remoteWrite("ok.txt", "fine");
            PassReport r = f.sync();
            assertThat(r.warnings()).anyMatch(w -> w.contains("300 bytes") && w.contains("255"));
            assertThat(r.outcome().problems()).isEmpty();
            assertThat(f.localTree()).containsOnlyKeys("ok.txt");
            try (Stream<Path> all = Files.walk(f.local)) {
                assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
            assertThat(f.sync().warnings()).filteredOn(w -> w.contains("300 bytes")).hasSize(1);
        }
    }
}

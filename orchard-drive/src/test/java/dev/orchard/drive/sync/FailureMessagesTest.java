package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure line names the path and the cause, not just a path. */
class FailureMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedItemSaysWhatWentWrong() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.remoteWrite("gone.txt", "x");
            f.hooks = (step, path) -> {
                if (step == SyncHooks.Step.DOWNLOAD_WRITTEN) {
                    try (var temps = Files.list(f.local)) {
                        for (Path t : temps.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) Files.delete(t);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).singleElement().satisfies(p -> {
                assertThat(p).startsWith("gone.txt: failed, ");
                assertThat(p).containsIgnoringCase("no such file");
            });
        }
    }

    @Test
    void aConflictWhoseLocalFileVanishesWhileComparingLeavesNoTempFile() throws Exception {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("both.txt", "base");
            f.sync();
            f.write("both.txt", "mine");
            f.remoteWrite("both.txt", "your");
            f.hooks = (step, path) -> {
                if (step == SyncHooks.Step.DOWNLOAD_WRITTEN) f.delete("both.txt");
            };
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).singleElement().asString()
                    .startsWith("both.txt: failed, cannot read ").endsWith("both.txt: no such file or folder");
            try (var all = Files.list(f.local)) {
                assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    @Test
    void fileSystemErrorsAreDescribedWithTheirReason() {
        assertThat(DriveSync.message(new NoSuchFileException("/d/a.txt"))).isEqualTo("/d/a.txt: no such file or folder");
        assertThat(DriveSync.message(new AccessDeniedException("/d/a.txt"))).isEqualTo("/d/a.txt: permission denied");
        assertThat(DriveSync.message(new FileSystemException("/d/a.txt", null, "File name too long")))
                .isEqualTo("/d/a.txt: File name too long");
        assertThat(DriveSync.message(new UncheckedIOException("reading", new NoSuchFileException("/d/b"))))
                .isEqualTo("reading: /d/b: no such file or folder");
        assertThat(DriveSync.message(new UncheckedIOException("cannot read /d/c", new NoSuchFileException("/d/c"))))
                .isEqualTo("cannot read /d/c: no such file or folder");
        assertThat(DriveSync.message(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}

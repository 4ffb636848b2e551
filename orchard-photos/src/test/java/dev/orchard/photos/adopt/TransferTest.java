package dev.orchard.photos.adopt;

import dev.orchard.photos.download.FileFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TransferTest {
    @TempDir
    Path dir;

    @Test
    void aMoveOnOneFileSystemIsARename() throws IOException {
        Path source = Files.write(dir.resolve("a.JPG"), new byte[]{1, 2, 3});
        Path dest = dir.resolve("library/Photos/2024/05/a.JPG");

        Transfer.Source how = new Transfer(dir.resolve("library/.orchard/partial")).move(source, dest, FileFetcher.checksum(source));

        assertThat(how).isEqualTo(Transfer.Source.RENAMED);
        assertThat(source).doesNotExist();
        assertThat(dest).hasBinaryContent(new byte[]{1, 2, 3});
    }

    @Test
    void aMoveAcrossFileSystemsCopiesAndLeavesTheSourceForTheCallerToRemove() throws IOException {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(dir)),
                "needs /dev/shm on another file system than the temp folder");
        Path other = Files.createTempDirectory(shm, "orchard-transfer");
        try {
            Path source = Files.write(other.resolve("a.JPG"), new byte[]{4, 5, 6});
            Path dest = dir.resolve("library/Photos/a.JPG");

            Transfer.Source how = new Transfer(dir.resolve("library/.orchard/partial")).move(source, dest, FileFetcher.checksum(source));

            assertThat(how).isEqualTo(Transfer.Source.COPIED);
            assertThat(source).exists();
            assertThat(dest).hasBinaryContent(new byte[]{4, 5, 6});
            try (var parts = Files.list(dir.resolve("library/.orchard/partial"))) {
                assertThat(parts).isEmpty();
            }
        } finally {
            try (var s = Files.walk(other)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aCopyThatDoesNotMatchItsChecksumIsNotPlaced() throws IOException {
        Path source = Files.write(dir.resolve("a.JPG"), new byte[]{1, 2, 3});
        Path dest = dir.resolve("library/Photos/a.JPG");
        String otherBytes = dev.orchard.icloud.photos.model.FileChecksum.of(new byte[]{9});

        assertThatThrownBy(() -> new Transfer(dir.resolve("partial")).copy(source, dest, otherBytes)).hasMessageContaining("does not match");
        assertThat(dest).doesNotExist();
    }

    @Test
    void nothingIsEverReplaced() throws IOException {
        Path source = Files.write(dir.resolve("a.JPG"), new byte[]{1});
        Path dest = Files.write(Files.createDirectories(dir.resolve("library")).resolve("a.JPG"), new byte[]{2});

        assertThatThrownBy(() -> new Transfer(dir.resolve("partial")).move(source, dest, FileFetcher.checksum(source)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> new Transfer(dir.resolve("partial")).link(source, dest)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(dest).hasBinaryContent(new byte[]{2});
        assertThat(source).exists();
    }
}

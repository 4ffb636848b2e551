package dev.orchard.photos.download;

import dev.orchard.icloud.photos.model.FileChecksum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenChecksumTest {
    @TempDir
    Path dir;
    final byte[] good = "the bytes iCloud has".getBytes(StandardCharsets.UTF_8);

    @Test
    void bytesSeenFromTheFirstOneAreTheChecksumAndResumingAtTheirEndContinuesIt() throws Exception {
        Path part = Files.write(dir.resolve("p"), good);
        WrittenChecksum c = new WrittenChecksum();
        c.startAt(0);
        c.written(good, 7);
        c.startAt(7);
        c.written(java.util.Arrays.copyOfRange(good, 7, good.length), good.length - 7);
        assertThat(c.of(part)).isEqualTo(FileChecksum.of(good));
    }

    @Test
    void theFileIsReadWhenTheBytesSeenAreNotAllOfIt() throws Exception {
        byte[] onDisk = good.clone();
        onDisk[0] ^= 1;
        Path part = Files.write(dir.resolve("p"), onDisk);
        WrittenChecksum resumedFromAnOldPart = new WrittenChecksum();
        resumedFromAnOldPart.startAt(3);
        resumedFromAnOldPart.written(java.util.Arrays.copyOfRange(good, 3, good.length), good.length - 3);
        assertThat(resumedFromAnOldPart.of(part)).isEqualTo(FileChecksum.of(onDisk));

        WrittenChecksum lostAWrite = new WrittenChecksum();
        lostAWrite.startAt(0);
        lostAWrite.written(good, 5);
        lostAWrite.startAt(8);
        lostAWrite.written(java.util.Arrays.copyOfRange(good, 8, good.length), good.length - 8);
        assertThat(lostAWrite.of(part)).isEqualTo(FileChecksum.of(onDisk));

        WrittenChecksum neverStarted = new WrittenChecksum();
        assertThat(neverStarted.of(part)).isEqualTo(FileChecksum.of(onDisk));
    }

    @Test
    void aFileLongerThanTheBytesSeenIsRead() throws Exception {
        Path part = Files.write(dir.resolve("p"), good);
        WrittenChecksum c = new WrittenChecksum();
        c.startAt(0);
        c.written(good, good.length - 1);
        assertThat(c.of(part)).isEqualTo(FileChecksum.of(good));
    }
}

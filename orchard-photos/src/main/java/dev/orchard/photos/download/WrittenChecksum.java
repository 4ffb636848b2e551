package dev.orchard.photos.download;

import dev.orchard.icloud.photos.model.FileChecksum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Apple's fileChecksum of a partial file, computed from the bytes as they are written to it, so a download is
 * not read back from disk to be verified. It only counts while it has seen every byte of the file from the
 * first one: a download resumed from a part written earlier (a crash, another run) or after a failed write is
 * checksummed by reading the file, as before.
 */
final class WrittenChecksum {
    private FileChecksum hash;
    private long bytes = -1;

    /** A write into the part file is about to start at {@code offset}. */
    void startAt(long offset) {
        if (offset == 0) {
            hash = new FileChecksum();
            bytes = 0;
        } else if (offset != bytes) {
            hash = null;
            bytes = -1;
        }
    }

    /** {@code n} bytes of {@code buf} have been written to the part file, after everything seen so far. */
    void written(byte[] buf, int n) {
        if (hash == null) return;
        hash.update(buf, 0, n);
        bytes += n;
    }

    /** The checksum of {@code part}: the one computed while writing if it saw all of it, else read from disk. */
    String of(Path part) throws IOException {
        if (hash != null && bytes == Files.size(part)) {
            String c = hash.finish();
            hash = null;
            bytes = -1;
            return c;
        }
        hash = null;
        bytes = -1;
        return FileFetcher.checksum(part);
    }
}

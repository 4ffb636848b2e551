package dev.orchard.fake.drive.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A blob kept in a file of the store's temporary directory. */
final class FileBlob implements Blob {
    private final Path file;
    private final long size;
    private final ContentDigests.Result digests;

    FileBlob(Path file, long size, ContentDigests.Result digests) {
        this.file = file;
        this.size = size;
        this.digests = digests;
    }

    @Override public long size() { return size; }
    @Override public InputStream open() throws IOException { return Files.newInputStream(file); }
    @Override public String sha256() { return digests.sha256(); }
    @Override public byte[] fileChecksum() { return digests.fileChecksum().clone(); }
}

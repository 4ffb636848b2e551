package dev.orchard.fake.drive.content;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A small blob held in the heap. */
final class MemoryBlob implements Blob {
    private final byte[] bytes;
    private final ContentDigests.Result digests;

    MemoryBlob(byte[] bytes) {
        this.bytes = bytes;
        this.digests = ContentDigests.of(bytes);
    }

    @Override public long size() { return bytes.length; }
    @Override public InputStream open() { return new ByteArrayInputStream(bytes); }
    @Override public String sha256() { return digests.sha256(); }
    @Override public byte[] fileChecksum() { return digests.fileChecksum().clone(); }
}

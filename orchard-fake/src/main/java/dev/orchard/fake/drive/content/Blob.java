package dev.orchard.fake.drive.content;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one file version. A version never changes in place: editing a file gives it a new blob, so
 * a download URL handed out earlier keeps serving exactly what it named.
 */
public interface Blob {
    long size();

    InputStream open() throws IOException;

    /** Lower-case hex SHA-256 of the bytes (what the admin tree listing reports). */
    String sha256();

    /** Apple's MMCS file checksum of the bytes: 21 bytes starting with 0x01 ({@link MmcsChecksum}). */
    byte[] fileChecksum();
}

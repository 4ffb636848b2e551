package dev.orchard.photos.adopt;

import dev.orchard.photos.report.SyncListener;

/** Progress of an adoption: the listing as a sync reports it, then the files read and placed. */
public interface AdoptListener extends SyncListener {
    AdoptListener NONE = new AdoptListener() {
    };

    /** {@code files} of {@code totalFiles} read so far ({@code bytes} of {@code totalBytes}). */
    default void read(long files, long totalFiles, long bytes, long totalBytes) {
    }

    /** {@code files} of {@code total} files that iCloud knows are placed (or, in a dry run, planned). */
    default void placed(long files, long total) {
    }
}

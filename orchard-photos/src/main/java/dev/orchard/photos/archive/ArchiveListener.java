package dev.orchard.photos.archive;

import dev.orchard.photos.archive.ArchivePlan.Item;

/** Progress of an archive run, for the terminal, the service's job status and the web page. */
public interface ArchiveListener {
    ArchiveListener NONE = new ArchiveListener() {
    };

    /** A new step: "verifying files", "moving to Recently Deleted", ... */
    default void phase(String description) {
    }

    /** {@code done} of {@code total} assets through the current step. */
    default void progress(long done, long total) {
    }

    /** What happened to one asset: removed, favourite, kept, skipped (with {@code detail}). */
    default void asset(Item item, Outcome outcome, String detail) {
    }

    enum Outcome { KEPT, REMOVED, FAVOURITE, SKIPPED }
}

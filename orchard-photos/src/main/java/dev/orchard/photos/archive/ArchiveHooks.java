package dev.orchard.photos.archive;

import java.util.List;

/**
 * Points inside an archive run where tests act: change the asset "on another device" between the lookup and
 * the modify, or stop the run (throw) as {@code kill -9} would, before or after iCloud acted.
 */
public interface ArchiveHooks {
    ArchiveHooks NONE = new ArchiveHooks() {
    };

    /** The assets are verified and pinned; nothing was asked of iCloud for them yet. */
    default void afterPin(List<String> assetIds) {
    }

    /** The journal holds these assets and the modify request is about to go. */
    default void beforeModify(String zone, List<String> assetIds) {
    }

    /** iCloud answered the modify request; the answer is not settled in the state yet. */
    default void afterModify(String zone, List<String> assetIds) {
    }
}

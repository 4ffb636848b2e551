package dev.orchard.photos.download;

import java.nio.file.Path;

/**
 * Points inside a download where tests stop the engine to simulate a crash ({@code kill -9}); production
 * code uses {@link #NONE}. A hook that throws an {@link Error} ends the sync on the spot.
 */
public interface DownloadHooks {
    DownloadHooks NONE = new DownloadHooks() {
    };

    /** After {@code written} bytes of {@code item} reached its partial file. */
    default void afterBytes(DownloadItem item, long written) {
    }

    /** The verified, fsynced partial file is about to be renamed to its final name. */
    default void beforeRename(DownloadItem item, Path partial) {
    }

    /** The file is in place; the state database does not know yet. */
    default void afterRename(DownloadItem item, Path file) {
    }
}

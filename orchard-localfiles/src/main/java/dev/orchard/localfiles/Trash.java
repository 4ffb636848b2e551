package dev.orchard.localfiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where an engine puts a local file it would otherwise delete or overwrite, and how long it stays there (the
 * role of Syncthing's versioner). Both engines use {@link DatedTrash}; a test or another policy can stand in.
 */
public interface Trash {
    /**
     * Moves the file or folder at {@code relative} (to the synced folder) into the trash.
     *
     * @return where it went, or null when nothing was there
     */
    Path put(String relative) throws IOException;

    /** Deletes what was put in the trash more than {@code days} days ago; returns how many files went. */
    int purgeOlderThan(int days) throws IOException;
}

package dev.orchard.photos.archive;

import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.report.ArchiveRun;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.state.StateDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The archive runs a library's state records, read without the library lock and without asking iCloud. */
public final class ArchiveHistory {
    private ArchiveHistory() {
    }

    /** Every archive run of the library, oldest first; null when it has never been synced. */
    public static List<ArchiveRun> runs(Path library) {
        LibraryPaths paths = new LibraryPaths(library);
        if (!Files.isRegularFile(paths.database())) return null;
        try (StateDb db = StateDb.open(paths.database(), true)) {
            return db.tx(d -> new ArchiveStore(d).runs());
        }
    }

    /** The state database {@link #runs} reads, for messages. */
    public static Path database(Path library) {
        return new LibraryPaths(library).database();
    }
}

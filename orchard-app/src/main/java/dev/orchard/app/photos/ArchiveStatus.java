package dev.orchard.app.photos;

import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The line {@code orchard status} shows about a library's archives (read from its state; asks iCloud nothing). */
public final class ArchiveStatus {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ArchiveStatus() {
    }

    /** Null when the library has never been synced or never archived. */
    public static String line(Path library) {
        LibraryPaths paths = new LibraryPaths(library);
        List<ArchiveStore.Run> runs;
        try {
            runs = runs(paths);
        } catch (RuntimeException e) {
            return "cannot read " + paths.database() + ": " + e.getMessage();
        }
        if (runs == null || runs.isEmpty()) return null;
        long removed = runs.stream().mapToLong(ArchiveStore.Run::removed).sum();
        long freed = runs.stream().mapToLong(ArchiveStore.Run::bytesFreed).sum();
        ArchiveStore.Run last = runs.get(runs.size() - 1);
        return Units.count(runs.size()) + " run(s), " + Units.count(removed) + " assets moved to Recently Deleted, "
                + Units.bytes(freed) + " freed; last " + WHEN.format(Instant.ofEpochMilli(last.started())) + " (" + last.rule()
                + (last.finished() == null ? ", interrupted" : "") + "); 'orchard photos archived' lists them";
    }

    /** Every archive run of the library, oldest first, from its state; null when it has never been synced. */
    static List<ArchiveStore.Run> runs(LibraryPaths paths) {
        if (!Files.isRegularFile(paths.database())) return null;
        try (StateDb db = StateDb.open(paths.database(), true)) {
            return db.tx(d -> new ArchiveStore(d).runs());
        }
    }
}

package dev.orchard.app.photos;

import dev.orchard.photos.archive.ArchiveHistory;
import dev.orchard.photos.report.ArchiveRun;

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
        List<ArchiveRun> runs;
        try {
            runs = ArchiveHistory.runs(library);
        } catch (RuntimeException e) {
            return "cannot read " + ArchiveHistory.database(library) + ": " + e.getMessage();
        }
        if (runs == null || runs.isEmpty()) return null;
        long removed = runs.stream().mapToLong(ArchiveRun::removed).sum();
        long freed = runs.stream().mapToLong(ArchiveRun::bytesFreed).sum();
        ArchiveRun last = runs.get(runs.size() - 1);
        return Units.count(runs.size()) + " run(s), " + Units.count(removed) + " assets moved to Recently Deleted, "
                + Units.bytes(freed) + " freed; last " + WHEN.format(Instant.ofEpochMilli(last.started())) + " (" + last.rule()
                + (last.finished() == null ? ", interrupted" : "") + "); 'orchard photos archived' lists them";
    }
}

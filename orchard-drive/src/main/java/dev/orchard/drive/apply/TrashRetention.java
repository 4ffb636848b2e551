package dev.orchard.drive.apply;

import dev.orchard.drive.local.Names;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Empties the day folders of {@code .orchard-trash} once they are older than the retention period. Only folders
 * named by a date are touched; anything else a user put there stays, and links are removed, never followed.
 */
public final class TrashRetention {
    private final Path trash;
    private final Clock clock;

    public TrashRetention(Path syncRoot, Clock clock) {
        this.trash = syncRoot.resolve(Names.LOCAL_TRASH);
        this.clock = clock;
    }

    /** Deletes the day folders dated more than {@code days} days ago; returns how many files and links went. */
    public int purge(int days) throws IOException {
        if (!Files.isDirectory(trash, LinkOption.NOFOLLOW_LINKS)) return 0;
        LocalDate oldestKept = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(trash)) {
            for (Path day : entries) {
                LocalDate date = dayOf(day);
                if (date != null && date.isBefore(oldestKept)) removed += deleteTree(day);
            }
        }
        return removed;
    }

    private static LocalDate dayOf(Path p) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            return LocalDate.parse(p.getFileName().toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int deleteTree(Path top) throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> all = Files.walk(top)) {
            deepestFirst = all.sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        }
        int files = 0;
        for (Path p : deepestFirst) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) files++;
            Files.delete(p);
        }
        return files;
    }
}

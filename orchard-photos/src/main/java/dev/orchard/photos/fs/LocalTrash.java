package dev.orchard.photos.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code .orchard-trash/<yyyy-mm-dd>/<path in the library>}: where files go when their asset leaves iCloud
 * or a newer version replaces them, kept for a number of days and then deleted.
 */
public final class LocalTrash {
    private final LibraryPaths paths;
    private final Clock clock;

    public LocalTrash(LibraryPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    /** Moves the file at {@code relative} into today's trash folder; returns where it went (null if absent). */
    public Path put(String relative) throws IOException {
        Path from = paths.resolve(relative);
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) return null;
        Path day = paths.trash().resolve(LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
        Path to = day.resolve(relative).normalize();
        if (!to.startsWith(day)) throw new IllegalArgumentException("refusing a path outside the trash: " + relative);
        for (int i = 2; Files.exists(to, LinkOption.NOFOLLOW_LINKS); i++) {
            String name = day.resolve(relative).getFileName().toString();
            int dot = name.lastIndexOf('.');
            String alt = dot > 0 ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot) : name + " (" + i + ")";
            to = day.resolve(relative).resolveSibling(alt);
        }
        DurableFiles.move(from, to, false, paths.modes());
        DurableFiles.pruneEmptyParents(from.getParent(), paths.root());
        return to;
    }

    /** Deletes trash folders older than {@code days} days; returns how many files went. */
    public int purgeOlderThan(int days) throws IOException {
        Path trash = paths.trash();
        if (!Files.isDirectory(trash)) return 0;
        LocalDate cutoff = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days);
        int[] removed = {0};
        try (DirectoryStream<Path> dayDirs = Files.newDirectoryStream(trash)) {
            for (Path d : dayDirs) {
                LocalDate date;
                try {
                    date = LocalDate.parse(d.getFileName().toString());
                } catch (DateTimeParseException e) {
                    continue;
                }
                if (!date.isBefore(cutoff)) continue;
                Files.walkFileTree(d, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        removed[0]++;
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        }
        return removed[0];
    }
}

package dev.orchard.localfiles;

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
 * {@code .orchard-trash/<yyyy-mm-dd (UTC)>/<path in the folder>} inside the synced folder. A name already taken
 * that day gets " (2)", " (3)", ... before its extension, fitted to the file system's name limit. Retention only
 * touches folders named by a date; anything else a person put there stays, and links are removed, never followed.
 */
public final class DatedTrash implements Trash {
    public static final String FOLDER = ".orchard-trash";

    /** What happens to the folder a file leaves when it was the last thing in it. */
    public enum EmptyFolders {
        /** Removed, up to the synced folder (Photos: its folders are only a layout of files). */
        REMOVE,
        /** Kept (Drive: a folder that vanished would look like a deletion to sync). */
        KEEP
    }

    private final Path root;
    private final Path trash;
    private final Clock clock;
    private final EmptyFolders emptyFolders;
    private final FileModes modes;

    public DatedTrash(Path root, Clock clock, EmptyFolders emptyFolders) {
        this(root, clock, emptyFolders, FileModes.UMASK);
    }

    /** As above, creating the trash's folders with {@code modes}. */
    public DatedTrash(Path root, Clock clock, EmptyFolders emptyFolders, FileModes modes) {
        this.root = root.toAbsolutePath().normalize();
        this.trash = this.root.resolve(FOLDER);
        this.clock = clock;
        this.emptyFolders = emptyFolders;
        this.modes = modes;
    }

    @Override
    public Path put(String relative) throws IOException {
        Path from = root.resolve(relative).normalize();
        if (!from.startsWith(root) || from.equals(root)) {
            throw new IllegalArgumentException("'" + relative + "' is outside the synced folder");
        }
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) return null;
        Path day = trash.resolve(today().toString());
        Path to = day.resolve(root.relativize(from).toString());
        String name = to.getFileName().toString();
        for (int n = 2; Files.exists(to, LinkOption.NOFOLLOW_LINKS); n++) {
            to = to.resolveSibling(NameBytes.fit("", name, " (" + n + ")"));
        }
        DurableFiles.move(from, to, false, modes);
        if (emptyFolders == EmptyFolders.REMOVE) DurableFiles.pruneEmptyParents(from.getParent(), root);
        return to;
    }

    @Override
    public int purgeOlderThan(int days) throws IOException {
        if (!Files.isDirectory(trash, LinkOption.NOFOLLOW_LINKS)) return 0;
        LocalDate oldestKept = today().minusDays(days);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(trash)) {
            for (Path day : entries) {
                LocalDate date = dayOf(day);
                if (date != null && date.isBefore(oldestKept)) removed += deleteTree(day);
            }
        }
        return removed;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
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

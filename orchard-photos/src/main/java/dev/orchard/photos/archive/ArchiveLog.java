package dev.orchard.photos.archive;

import dev.orchard.photos.fs.LibraryPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

/**
 * {@code .orchard/archive-log.tsv}: one line per asset an archive acted on, for people: time, archive run,
 * asset id, what was done, its files and their checksums (as verified), and a detail. Appended and flushed
 * to disk line by line, so it survives a crash as far as the archive got.
 */
public final class ArchiveLog {
    public static final String FILE = "archive-log.tsv";
    static final String HEADER = "time\tarchive\tasset\taction\tfiles\tchecksums\tdetail\n";

    private final Path file;
    private final boolean enabled;

    ArchiveLog(LibraryPaths paths, boolean enabled) {
        this.file = paths.state().resolve(FILE);
        this.enabled = enabled;
    }

    public static Path file(LibraryPaths paths) {
        return paths.state().resolve(FILE);
    }

    void write(Instant at, long archiveId, String assetId, String action, List<String> files, List<String> checksums, String detail) {
        if (!enabled) return;
        String line = at + "\t" + archiveId + "\t" + clean(assetId) + "\t" + action + "\t"
                + clean(String.join(" | ", files)) + "\t" + clean(String.join(" | ", checksums)) + "\t" + clean(detail) + "\n";
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, HEADER, StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Tabs and line breaks in names would break the columns. */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

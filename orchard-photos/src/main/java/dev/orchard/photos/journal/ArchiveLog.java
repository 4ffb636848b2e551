package dev.orchard.photos.journal;

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
 * asset id, what was done, its files and their checksums (as verified), and a detail. Appended and forced
 * to disk after every batch of requests; the state database, not this log, is what a crashed run is settled from.
 */
public final class ArchiveLog {
    public static final String FILE = "archive-log.tsv";
    private static final int FLUSH_EVERY = 200;
    public static final String HEADER = "time\tarchive\tasset\taction\tfiles\tchecksums\tdetail\n";

    private final Path file;
    private final boolean enabled;
    private final StringBuilder pending = new StringBuilder();
    private int lines;

    public ArchiveLog(LibraryPaths paths, boolean enabled) {
        this.file = paths.state().resolve(FILE);
        this.enabled = enabled;
    }

    public static Path file(LibraryPaths paths) {
        return paths.state().resolve(FILE);
    }

    public void write(Instant at, long archiveId, String assetId, String action, List<String> files, List<String> checksums, String detail) {
        if (!enabled) return;
        pending.append(at).append('\t').append(archiveId).append('\t').append(clean(assetId)).append('\t').append(action).append('\t')
                .append(clean(String.join(" | ", files))).append('\t').append(clean(String.join(" | ", checksums))).append('\t')
                .append(clean(detail)).append('\n');
        if (++lines >= FLUSH_EVERY) flush();
    }

    /** Appends what was written so far and forces it to disk: once per batch rather than once per line. */
    public void flush() {
        if (pending.isEmpty()) return;
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, HEADER, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            Files.writeString(file, pending, StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
            pending.setLength(0);
            lines = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Tabs and line breaks in names would break the columns. */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

package dev.orchard.photos.shared;

import dev.orchard.localfiles.DurableFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orchard.icloud.sharedstreams.StreamItem;
import dev.orchard.photos.fs.LibraryPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Orchard knows of the shared albums it keeps: per album its folder and last change tag, per item the
 * file it became with its size, SHA-256 and Apple's checksum when there was one. Kept in
 * {@code .orchard/shared-albums.json} (0600), replaced atomically after every file.
 */
public final class SharedState {
    static final String FILE = "shared-albums.json";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * One file of a shared album: {@code path} relative to the library root; the item's date (epoch millis), caption
     * and contributor as the service last described them (null in state written before they were recorded).
     */
    public record FileEntry(String path, long size, String sha256, String checksum, Long date, String caption, String contributor) {
        FileEntry describedAs(StreamItem item) {
            return new FileEntry(path, size, sha256, checksum, item.dateMillis(), item.caption(), item.contributor());
        }
    }

    /** One album: {@code dir} relative to the library root; {@code ctag} null until a run finished it. */
    public static final class AlbumEntry {
        public String name;
        public String dir;
        public String ctag;
        public Map<String, FileEntry> files = new LinkedHashMap<>();
    }

    private final Path file;
    private final Map<String, AlbumEntry> albums;

    private SharedState(Path file, Map<String, AlbumEntry> albums) {
        this.file = file;
        this.albums = albums;
    }

    /** The state file of the library at {@code library}. */
    public static Path location(Path library) {
        return new LibraryPaths(library).state().resolve(FILE);
    }

    public static SharedState load(Path library) throws IOException {
        Path f = location(library);
        if (!Files.exists(f)) return new SharedState(f, new TreeMap<>());
        try {
            Map<String, AlbumEntry> read = JSON.readValue(f.toFile(), new TypeReference<TreeMap<String, AlbumEntry>>() { });
            return new SharedState(f, read == null ? new TreeMap<>() : read);
        } catch (IOException e) {
            throw new IOException("cannot read " + f + " (" + e.getClass().getSimpleName()
                    + "); move it away to list the shared albums again", e);
        }
    }

    public Map<String, AlbumEntry> albums() {
        return albums;
    }

    public void save() throws IOException {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, JSON.writeValueAsBytes(albums), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        DurableFiles.fsync(tmp);
        DurableFiles.move(tmp, file, true);
    }
}

package dev.orchard.photos.shared;

import dev.orchard.photos.download.Quarantine;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.shared.SharedState.FileEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Shared Albums part of {@code orchard photos verify}: every kept file against the size and SHA-256 recorded
 * when it was downloaded (and verified against Apple's checksum when the service gave one). With repair, a
 * damaged file goes to the quarantine; the next sync downloads it again since it is no longer in place.
 */
public final class SharedFilesCheck {
    public record Result(long verified, List<String> missing, List<String> corrupt) {
    }

    private SharedFilesCheck() {
    }

    /** True when the library keeps shared albums (it may have no photos.db: a public link's folder). */
    public static boolean present(Path library) {
        return Files.exists(SharedState.location(library));
    }

    public static Result run(Path library, boolean repair) throws IOException {
        LibraryPaths paths = new LibraryPaths(library);
        List<String> missing = new ArrayList<>();
        List<String> corrupt = new ArrayList<>();
        long verified = 0;
        if (!present(library)) return new Result(0, missing, corrupt);
        Quarantine quarantine = new Quarantine(paths);
        for (SharedState.AlbumEntry album : SharedState.load(library).albums().values()) {
            for (FileEntry f : album.files.values()) {
                Path p = paths.resolve(f.path());
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    missing.add(f.path());
                    continue;
                }
                long size = Files.size(p);
                String problem = size != f.size() ? " (" + size + " bytes, recorded " + f.size() + ")"
                        : !SharedDownload.sha256(p).equals(f.sha256()) ? " (SHA-256 differs from the one recorded at download)" : null;
                if (problem == null) {
                    verified++;
                    continue;
                }
                corrupt.add(f.path() + problem);
                if (repair) quarantine.put(p, f.path());
            }
        }
        return new Result(verified, missing, corrupt);
    }
}

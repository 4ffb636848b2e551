package dev.orchard.photos.download;

import dev.orchard.localfiles.DurableFiles;
import dev.orchard.photos.fs.LibraryPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code .orchard-quarantine/<library path>}: bytes that failed verification twice. They are kept for a
 * person to look at, never placed under a library name, until a clean copy of the same file is verified in
 * the library ({@link #release}).
 */
public final class Quarantine {
    private final LibraryPaths paths;

    public Quarantine(LibraryPaths paths) {
        this.paths = paths;
    }

    public Path put(Path file, String libraryPath) throws IOException {
        Path target = target(libraryPath);
        Path candidate = target;
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = target.resolveSibling(target.getFileName() + "." + i);
        }
        DurableFiles.move(file, candidate, false, paths.modes());
        return candidate;
    }

    /**
     * Removes every quarantined copy of {@code libraryPath} ({@code X}, {@code X.2}, ...): call only once a
     * verified copy of it is in the library. Returns how many were removed.
     */
    public int release(String libraryPath) throws IOException {
        Path target = target(libraryPath);
        Path dir = target.getParent();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return 0;
        int removed = 0;
        if (Files.deleteIfExists(target)) removed++;
        for (int i = 2; Files.deleteIfExists(target.resolveSibling(target.getFileName() + "." + i)); i++) removed++;
        if (removed > 0) DurableFiles.pruneEmptyParents(dir, paths.quarantine());
        return removed;
    }

    private Path target(String libraryPath) throws IOException {
        Path target = paths.quarantine().resolve(libraryPath).normalize();
        if (!target.startsWith(paths.quarantine()) || target.equals(paths.quarantine())) {
            throw new IOException("refusing a path outside the quarantine: " + libraryPath);
        }
        return target;
    }
}

package dev.orchard.photos.download;

import dev.orchard.photos.fs.DurableFiles;
import dev.orchard.photos.fs.LibraryPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code .orchard-quarantine/<library path>}: bytes that failed verification twice. They are kept for a
 * person to look at, never placed under a library name.
 */
public final class Quarantine {
    private final LibraryPaths paths;

    public Quarantine(LibraryPaths paths) {
        this.paths = paths;
    }

    public Path put(Path file, String libraryPath) throws IOException {
        Path target = paths.quarantine().resolve(libraryPath).normalize();
        if (!target.startsWith(paths.quarantine())) throw new IOException("refusing a path outside the quarantine: " + libraryPath);
        Path candidate = target;
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = target.resolveSibling(target.getFileName() + "." + i);
        }
        DurableFiles.move(file, candidate, false);
        return candidate;
    }
}

package dev.orchard.app.web.library;

import dev.orchard.localfiles.StateException;
import dev.orchard.photos.library.LibraryView;
import dev.orchard.photos.library.SharedAlbums;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The library folder the page shows, opened on first use: under {@code orchard run} the first sync may not have
 * made photos.db yet, so every request tries again until it is there.
 */
public final class PhotoLibrary implements AutoCloseable {
    private final Path root;
    private LibraryView view;
    private SharedAlbums shared;
    private String sharedStamp;

    public PhotoLibrary(Path root) {
        this.root = root;
    }

    /** @throws StateException saying why there is nothing to show yet */
    public synchronized LibraryView view() {
        if (view == null) view = LibraryView.open(root);
        return view;
    }

    /** The Shared Albums state, read again only when a sync has replaced it. */
    public synchronized SharedAlbums shared() {
        Path file = SharedAlbums.location(root);
        String stamp;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = a.lastModifiedTime().toMillis() + "/" + a.size() + "/" + a.fileKey();
        } catch (IOException missing) {
            stamp = "none";
        }
        if (shared == null || !stamp.equals(sharedStamp)) {
            shared = SharedAlbums.load(root);
            sharedStamp = stamp;
        }
        return shared;
    }

    public Path root() {
        return root;
    }

    @Override
    public synchronized void close() {
        if (view != null) view.close();
        view = null;
    }
}

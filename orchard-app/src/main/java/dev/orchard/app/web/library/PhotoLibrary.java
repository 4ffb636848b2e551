package dev.orchard.app.web.library;

import dev.orchard.photos.library.LibraryView;
import dev.orchard.photos.state.StateException;

import java.nio.file.Path;

/**
 * The library folder the page shows, opened on first use: under {@code orchard run} the first sync may not have
 * made photos.db yet, so every request tries again until it is there.
 */
public final class PhotoLibrary implements AutoCloseable {
    private final Path root;
    private LibraryView view;

    public PhotoLibrary(Path root) {
        this.root = root;
    }

    /** @throws StateException saying why there is nothing to show yet */
    public synchronized LibraryView view() {
        if (view == null) view = LibraryView.open(root);
        return view;
    }

    @Override
    public synchronized void close() {
        if (view != null) view.close();
        view = null;
    }
}

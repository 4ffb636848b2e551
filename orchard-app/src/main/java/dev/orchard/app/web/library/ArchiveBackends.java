package dev.orchard.app.web.library;

import dev.orchard.icloud.ICloudSession;
import dev.orchard.photos.sync.SyncOptions;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where the page's archive backend comes from: the archive engine on the daemon's current session (null while
 * signed out, and the page then says so), with the photos options the service syncs with.
 */
public final class ArchiveBackends {
    private ArchiveBackends() {
    }

    public static ArchiveBackend forLibrary(Supplier<ICloudSession> session, Supplier<SyncOptions> options, int listingThreads) {
        return new EngineArchiveBackend(session, options, listingThreads);
    }

    /** With the default photos options for {@code library}. */
    public static ArchiveBackend forLibrary(Supplier<ICloudSession> session, Path library) {
        return forLibrary(session, () -> SyncOptions.builder(library).build(), 4);
    }
}

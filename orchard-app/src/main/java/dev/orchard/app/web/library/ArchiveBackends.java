package dev.orchard.app.web.library;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.photos.options.SyncOptions;

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

    /**
     * The archive engine's preview of {@code library} as of its last sync, from the state alone (no session):
     * for pictures of the page (docs/screenshots). Starting an archive needs iCloud and is refused.
     */
    public static ArchiveBackend previewOnly(Path library) {
        dev.orchard.photos.archive.Archiver archiver = new dev.orchard.photos.archive.Archiver(null,
                SyncOptions.builder(library).build(), dev.orchard.photos.archive.ArchiveHooks.NONE, d -> { });
        String refused = "starting an archive needs a session with iCloud";
        return new ArchiveBackend() {
            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public Preview preview(Request request) {
                return EngineArchiveBackend.previewOf(archiver.plan(EngineArchiveBackend.engineRequest(request)));
            }

            @Override
            public String start(Request request) throws NotAvailableException {
                throw new NotAvailableException(refused);
            }

            @Override
            public Progress progress(String runId) {
                return null;
            }
        };
    }
}

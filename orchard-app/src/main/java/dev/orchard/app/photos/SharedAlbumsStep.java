package dev.orchard.app.photos;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.sharedstreams.SharedStreamsClient;
import dev.orchard.localfiles.FileModes;
import dev.orchard.photos.shared.SharedAlbumSync;
import dev.orchard.photos.shared.SharedReport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** The Shared Albums part of a photos sync (and of {@code orchard photos shared-album}), with its lines of output. */
public final class SharedAlbumsStep {
    private SharedAlbumsStep() {
    }

    /** Keeps the account's shared albums; null when the account has no Shared Albums service (nothing to keep). */
    public static SharedReport run(ICloudSession session, Path library, List<String> names, Clock clock, Consumer<String> out) {
        return run(session, library, FileModes.UMASK, names, clock, out);
    }

    /** As above, making the album files and folders with {@code modes}. */
    public static SharedReport run(ICloudSession session, Path library, FileModes modes, List<String> names, Clock clock,
                                   Consumer<String> out) {
        return run(new SharedStreamsClient(session), session, library, modes, names, clock, out);
    }

    /**
     * A client that lists the account's shared albums while the photo sync runs: a scheduled sync that finds nothing
     * new then waits for one answer instead of two in a row. Pass it to {@link #run(SharedStreamsClient, ICloudSession,
     * Path, FileModes, List, Clock, Consumer)}.
     */
    public static SharedStreamsClient prefetch(ICloudSession session) {
        return new SharedStreamsClient(session).prefetchAlbums();
    }

    /** As above, through {@code client} (see {@link #prefetch}). */
    public static SharedReport run(SharedStreamsClient client, ICloudSession session, Path library, FileModes modes,
                                   List<String> names, Clock clock, Consumer<String> out) {
        try {
            return report(SharedAlbumSync.signedIn(client, session, library, names, clock, warnings(out)).fileModes(modes).run(), out);
        } catch (AuthException e) {
            if (e.reason() != AuthException.Reason.SERVICE_NOT_ACTIVATED) throw e;
            out.accept("Shared Albums: skipped, the account has no Shared Albums service.");
            return null;
        }
    }

    /** Keeps the album behind a public link ({@code origin} null: Apple's). */
    public static SharedReport publicLink(HttpTransport http, String origin, String link, Path library, Clock clock,
                                          Consumer<String> out) {
        return report(SharedAlbumSync.publicLink(http, origin, link, library, clock, warnings(out)).run(), out);
    }

    private static Consumer<String> warnings(Consumer<String> out) {
        return w -> out.accept("  warning: " + w);
    }

    private static SharedReport report(SharedReport r, Consumer<String> out) {
        out.accept("Shared Albums: " + r.summary() + ", " + r.requests() + " request" + (r.requests() == 1 ? "" : "s") + ".");
        r.failures().forEach(f -> out.accept("  failed: " + f));
        return r;
    }
}

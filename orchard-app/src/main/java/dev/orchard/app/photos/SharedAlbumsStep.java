package dev.orchard.app.photos;

import dev.orchard.icloud.ICloudSession;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.sharedstreams.SharedStreamsClient;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.fs.FileModes;
import dev.orchard.photos.shared.SharedAlbumSource;
import dev.orchard.photos.shared.SharedAlbumSync;
import dev.orchard.photos.shared.SharedHooks;
import dev.orchard.photos.shared.SharedReport;
import dev.orchard.photos.shared.SignedInAlbums;

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
        try {
            return run(new SignedInAlbums(new SharedStreamsClient(session)), CdnClient.of(session), library, modes, names, clock, out);
        } catch (AuthException e) {
            if (e.reason() != AuthException.Reason.SERVICE_NOT_ACTIVATED) throw e;
            out.accept("Shared Albums: skipped, the account has no Shared Albums service.");
            return null;
        }
    }

    public static SharedReport run(SharedAlbumSource source, CdnClient cdn, Path library, List<String> names, Clock clock,
                                   Consumer<String> out) {
        return run(source, cdn, library, FileModes.UMASK, names, clock, out);
    }

    private static SharedReport run(SharedAlbumSource source, CdnClient cdn, Path library, FileModes modes, List<String> names,
                                    Clock clock, Consumer<String> out) {
        SharedReport r = new SharedAlbumSync(source, cdn, library, names, clock, SharedHooks.NONE,
                w -> out.accept("  warning: " + w)).fileModes(modes).run();
        out.accept("Shared Albums: " + r.summary() + ", " + r.requests() + " request" + (r.requests() == 1 ? "" : "s") + ".");
        r.failures().forEach(f -> out.accept("  failed: " + f));
        return r;
    }
}

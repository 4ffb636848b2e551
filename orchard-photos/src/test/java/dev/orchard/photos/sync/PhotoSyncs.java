package dev.orchard.photos.sync;

import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncListener;

/** For tests outside this package: a sync with its own CDN client, hooks and sleeper ({@code PhotoSync.onSession} takes none). */
public final class PhotoSyncs {
    private PhotoSyncs() {}

    public static PhotoSync of(PhotosService photos, CdnClient cdn, SyncOptions options, SyncListener listener, DownloadHooks hooks,
                               Sleeper sleeper) {
        return new PhotoSync(photos, cdn, options, listener, hooks, sleeper);
    }
}

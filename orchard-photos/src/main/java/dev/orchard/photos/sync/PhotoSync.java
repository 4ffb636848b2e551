package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.photos.PhotoZone;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.albums.AlbumLinker;
import dev.orchard.photos.archive.ArchiveJournal;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.DownloadQueue;
import dev.orchard.photos.download.Downloader;
import dev.orchard.photos.download.DownloadsFailingException;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.download.StallWatchdog;
import dev.orchard.photos.download.UrlCache;
import dev.orchard.photos.download.UrlRefresher;
import dev.orchard.photos.fetch.RemoteFetch;
import dev.orchard.photos.fetch.RenditionBackfill;
import dev.orchard.localfiles.FolderLock;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.plan.Planner;
import dev.orchard.photos.plan.Selection;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.report.SyncReport.Counter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One sync of a library folder with iCloud Photos: fetch the remote changes (incremental when possible),
 * plan, download, lay out albums, settle. Every step commits as it goes, so a run stopped at any point
 * (even {@code kill -9}) is finished by the next one without fetching verified files again.
 */
public final class PhotoSync {
    private static final String SELECTION = "selection";
    private static final String RENDITIONS = "renditions";
    /** Download URLs kept from the listing for the downloads that follow (about 10 MB); the rest are looked up. */
    private static final int URLS_KEPT = 20_000;
    /** A download that receives nothing for this long is dropped and resumed. */
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

    private final PhotosService photos;
    private final CdnClient cdn;
    private final SyncOptions options;
    private final SyncListener listener;
    private final DownloadHooks hooks;
    private final Sleeper sleeper;

    public PhotoSync(PhotosService photos, CdnClient cdn, SyncOptions options, SyncListener listener, DownloadHooks hooks,
                     Sleeper sleeper) {
        this.photos = photos;
        this.cdn = cdn;
        this.options = options;
        this.listener = listener;
        this.hooks = hooks;
        this.sleeper = sleeper;
    }

    /** A sync on a signed-in session: its CDN client and its transport's sleeper, and no test hooks. */
    public static PhotoSync onSession(dev.orchard.icloud.ICloudSession session, PhotosService photos, SyncOptions options,
                                      SyncListener listener) {
        return new PhotoSync(photos, CdnClient.of(session), options, listener, DownloadHooks.NONE, session.http().config().sleeper());
    }

    public SyncReport run() {
        return run(() -> false);
    }

    /**
     * Runs one sync that stops handing out downloads once {@code cancelled} says so (the service is
     * stopping): files in flight finish, and the run returns before settling anything, so whatever was not
     * yet downloaded is still pending for the next run. {@link SyncReport#stopped()} tells.
     */
    public SyncReport run(BooleanSupplier cancelled) {
        long started = System.nanoTime();
        long requestsBefore = photos.requestCount();
        LibraryPaths paths = new LibraryPaths(options.libraryDir());
        SyncReport report = new SyncReport();
        try (FolderLock lock = openLibrary(paths); StateDb db = StateDb.open(paths.database(), options.dryRun())) {
            Stores stores = Stores.of(db);
            boolean selectionChanged = checkSelection(stores);
            checkRenditions(stores);
            UrlCache urls = new UrlCache(URLS_KEPT);
            RenditionBackfill backfill = new RenditionBackfill(photos, stores, urls);
            boolean backfillNeeded = options.thumbnails() && backfill.needed();
            long t0 = System.nanoTime();
            new RemoteFetch(photos, stores, options, listener, report, urls).run(options.forceFull() || selectionChanged);
            if (backfillNeeded) {
                listener.phase("looking up thumbnails and previews");
                report.add(Counter.RENDITION_LOOKUPS, backfill.run());
            }
            report.phase(SyncReport.FETCH, Duration.ofNanos(System.nanoTime() - t0));
            ArchiveJournal.settleFromState(stores, paths, options.clock());
            Trash trash = paths.trash(options.clock());
            if (db.tx(d -> stores.assets().dirtyCount()) > 0) {
                long t = System.nanoTime();
                download(paths, stores, trash, report, urls, cancelled);
                report.phase(SyncReport.DOWNLOADS, Duration.ofNanos(System.nanoTime() - t));
            }
            if (cancelled.getAsBoolean()) {
                report.stop();
                report.finish(photos.requestCount() - requestsBefore, Duration.ofNanos(System.nanoTime() - started), options.dryRun());
                return report;
            }
            db.txRun(d -> {
                stores.assets().settleDirty();
                stores.assets().forgetRemoved();
            });
            if (db.tx(d -> stores.albumsDirty())) {
                listener.phase("updating albums");
                long t = System.nanoTime();
                new AlbumLinker(stores, paths, options.albumLinks(), options.dryRun(), trash, report, listener).rebuild();
                report.phase(SyncReport.ALBUMS, Duration.ofNanos(System.nanoTime() - t));
                db.txRun(d -> stores.clearAlbumsDirty());
            }
            if (!options.dryRun()) tidy(paths, trash, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the library folder " + paths.root() + ": " + e.getMessage(), e);
        }
        report.finish(photos.requestCount() - requestsBefore, Duration.ofNanos(System.nanoTime() - started), options.dryRun());
        return report;
    }

    private static FolderLock openLibrary(LibraryPaths paths) throws IOException {
        Files.createDirectories(paths.root());
        if (!Files.isDirectory(paths.state())) {
            Files.createDirectory(paths.state(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return paths.lock();
    }

    /**
     * When what belongs in the library changed (layout, filters, hidden or shared on or off), every asset is
     * planned again and iCloud is listed in full: a zone that was left out has no changes to report.
     */
    private boolean checkSelection(Stores stores) {
        String fingerprint = options.selectionFingerprint();
        return stores.db().tx(db -> {
            String before = db.meta(SELECTION);
            if (fingerprint.equals(before)) return false;
            stores.assets().markAllDirty();
            stores.markAlbumsDirty();
            db.putMeta(SELECTION, fingerprint);
            return before != null;
        });
    }

    /** Turning renditions on or off re-plans every asset (no listing needed: what iCloud offers is stored). */
    private void checkRenditions(Stores stores) {
        String want = options.thumbnails() ? "on" : "off";
        stores.db().txRun(db -> {
            String before = db.meta(RENDITIONS);
            if (want.equals(before)) return;
            if (before != null) stores.assets().markAllDirty();
            db.putMeta(RENDITIONS, want);
        });
    }

    private void download(LibraryPaths paths, Stores stores, Trash trash, SyncReport report, UrlCache urls,
                          BooleanSupplier cancelled) {
        listener.phase(options.dryRun() ? "planning (dry run)" : "downloading");
        Map<String, PhotoZone> zones = new HashMap<>();
        for (PhotoZone z : stores.db().tx(db -> stores.zones().all())) zones.put(z.zoneName(), z);
        Selection selection = stores.db().tx(db -> Selection.of(options, stores));
        Planner planner = new Planner(stores, paths, options, selection, trash, report, listener);
        long[] estimate = planner.estimate();
        listener.planned(estimate[0], estimate[1]);
        DownloadQueue queue = DownloadQueue.forThreads(options.downloadThreads());
        UrlRefresher refresher = new UrlRefresher(photos.lookup(),
                zone -> zones.getOrDefault(zone, new PhotoZone("private", zone, null, null)), queue::waitingLike, urls);
        StallWatchdog watchdog = StallWatchdog.start(STALL_TIMEOUT);
        FileFetcher fetcher = new FileFetcher(cdn, paths, refresher, trash, sleeper, hooks, watchdog);
        DownloadResults results = new DownloadResults(stores, paths, report, listener);
        Downloader downloader = new Downloader(queue, options.downloadThreads(), fetcher, results, n -> {
            report.add(Counter.BYTES, n);
            listener.bytes(n);
        }, cancelled);
        downloader.start();
        try {
            planner.run(item -> {
                if (!cancelled.getAsBoolean()) downloader.submit(item);
            });
            planner.runRenditions(item -> {
                if (!cancelled.getAsBoolean()) downloader.submit(item);
            });
            downloader.finish();
        } catch (DownloadsFailingException e) {
            downloader.awaitWorkers();
            results.flush();
            throw e;
        } finally {
            watchdog.close();
        }
        results.flush();
        report.add(Counter.URL_RENEWALS, refresher.lookups());
        listener.planned(report.get(Counter.PLANNED_FILES), report.get(Counter.PLANNED_BYTES));
    }

    /** Empties old trash, and partial downloads nobody will resume once a run has left nothing pending. */
    private void tidy(LibraryPaths paths, Trash trash, SyncReport report) throws IOException {
        trash.purgeOlderThan(options.trashDays());
        if (!report.complete() || !Files.isDirectory(paths.partial())) return;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(paths.partial())) {
            for (Path p : parts) Files.deleteIfExists(p);
        }
    }
}

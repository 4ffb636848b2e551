package dev.orchard.photos.sync;

import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.albums.AlbumLinker;
import dev.orchard.photos.journal.ArchiveJournal;
import dev.orchard.photos.download.AdaptiveLimit;
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
import dev.orchard.photos.xmp.SidecarWriter;
import dev.orchard.photos.options.XmpNaming;

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
    private static final String XMP = "xmp";
    private static final String XMP_PENDING = "xmp-pending";
    private static final String ALL = "all";
    private static final String DIRTY = "dirty";
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
    /** Set only by {@link #withListedState}: the work that takes the place of everything after the fetch. */
    private ListedWork<?> afterFetch;
    private Object afterFetchResult;

    PhotoSync(PhotosService photos, CdnClient cdn, SyncOptions options, SyncListener listener, DownloadHooks hooks,
                     Sleeper sleeper) {
        this.photos = photos;
        this.cdn = cdn;
        this.options = options;
        this.listener = listener;
        this.hooks = hooks;
        this.sleeper = sleeper;
    }

    /** A sync on a signed-in session: its CDN client and its transport's sleeper, and no test hooks. */
    public static PhotoSync onSession(dev.orchard.icloud.auth.ICloudSession session, PhotosService photos, SyncOptions options,
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
        LibraryPaths paths = new LibraryPaths(options.libraryDir(), options.fileModes());
        SyncReport report = new SyncReport();
        try (FolderLock lock = openLibrary(paths); StateDb db = StateDb.open(paths.database(), options.dryRun())) {
            Stores stores = Stores.of(db);
            boolean selectionChanged = checkSelection(stores);
            checkRenditions(stores);
            XmpNaming xmp = xmpNaming(stores);
            boolean metadataNeeded = checkXmp(stores, xmp);
            PhotosService service = xmp != XmpNaming.OFF ? photos.withMetadata() : photos;
            UrlCache urls = new UrlCache(URLS_KEPT);
            RenditionBackfill backfill = new RenditionBackfill(service, stores, urls);
            boolean backfillNeeded = options.thumbnails() && backfill.needed();
            boolean fieldsBehind = db.tx(d -> SmartAlbumsState.fieldsBehind(stores));
            long t0 = System.nanoTime();
            new RemoteFetch(service, stores, options, listener, report, urls).run(options.forceFull() || selectionChanged || fieldsBehind || metadataNeeded);
            if (fieldsBehind) db.txRun(d -> SmartAlbumsState.fieldsCaughtUp(stores));
            // Album names are checked once the album list is in, before anything is downloaded.
            db.txRun(d -> {
                Selection.of(options, stores);
                Selection.planAgainAssetsReached(options, stores);
                SmartAlbumsState.check(options, stores);
            });
            if (backfillNeeded) {
                listener.phase("looking up thumbnails and previews");
                report.add(Counter.RENDITION_LOOKUPS, backfill.run());
            }
            if (afterFetch != null) return handOver(stores, paths, report, t0, started, requestsBefore);
            report.phase(SyncReport.FETCH, Duration.ofNanos(System.nanoTime() - t0));
            recordXmp(stores, xmp);
            ArchiveJournal.settleFromState(stores, paths, options.clock());
            Trash trash = paths.trash(options.clock());
            noteSidecarWork(stores, xmp);
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
            if (!options.dryRun()) writeSidecars(stores, paths, trash, report, xmp);
            db.txRun(d -> {
                stores.assets().settleDirty();
                stores.assets().forgetRemoved();
            });
            if (db.tx(d -> stores.albumsDirty())) {
                listener.phase("updating albums");
                long t = System.nanoTime();
                new AlbumLinker(stores, paths, options.albumLinks(), options.dryRun(), trash, report, listener)
                        .withSmartAlbums(options.smartAlbums(), options.includeHidden()).rebuild();
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
        paths.modes().createDirectories(paths.root());
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

    /**
     * Sidecars need the metadata that only a listing asking for it brings: turning XMP on lists iCloud in full once
     * (a later change feed only reports what changes). Returns whether this run must list in full.
     */
    private boolean checkXmp(Stores stores, XmpNaming xmp) {
        String before = stores.db().tx(db -> db.meta(XMP));
        return xmp != XmpNaming.OFF && (before == null || before.equals(XmpNaming.OFF.name()));
    }

    /** The options' choice, else what the library's last sync did (OFF for a library that never had sidecars). */
    private XmpNaming xmpNaming(Stores stores) {
        if (options.xmp() != null) return options.xmp();
        String recorded = stores.db().tx(db -> db.meta(XMP));
        try {
            return recorded == null ? XmpNaming.OFF : XmpNaming.valueOf(recorded);
        } catch (IllegalArgumentException e) {
            return XmpNaming.OFF;
        }
    }

    /** After the listing that brought the metadata: the sidecars are due (new, renamed or put away). */
    private void recordXmp(Stores stores, XmpNaming xmp) {
        if (options.dryRun()) return;
        stores.db().txRun(db -> {
            if (xmp.name().equals(db.meta(XMP))) return;
            db.putMeta(XMP, xmp.name());
            db.putMeta(XMP_PENDING, ALL);
        });
    }

    /**
     * Anything that can change a sidecar makes the sidecar pass run, even after a crash: changed assets (they stay
     * dirty until settled, after the pass) for a pass over those, album changes (names, memberships) for a full one.
     */
    private void noteSidecarWork(Stores stores, XmpNaming xmp) {
        if (xmp == XmpNaming.OFF || options.dryRun()) return;
        stores.db().txRun(db -> {
            if (stores.albumsDirty()) db.putMeta(XMP_PENDING, ALL);
            else if (db.meta(XMP_PENDING) == null && stores.assets().dirtyCount() > 0) db.putMeta(XMP_PENDING, DIRTY);
        });
    }

    private void writeSidecars(Stores stores, LibraryPaths paths, Trash trash, SyncReport report, XmpNaming xmp) {
        String pending = stores.db().tx(db -> db.meta(XMP_PENDING));
        if (xmp == XmpNaming.OFF && !SidecarWriter.any(stores)) return;
        if (xmp != XmpNaming.OFF && pending == null) return;
        listener.phase(xmp == XmpNaming.OFF ? "putting away XMP sidecars" : "writing XMP sidecars");
        long t = System.nanoTime();
        new SidecarWriter(stores, paths, xmp, options.deleted(), trash, report, listener).run(DIRTY.equals(pending));
        stores.db().txRun(db -> db.putMeta(XMP_PENDING, null));
        report.phase(SyncReport.SIDECARS, Duration.ofNanos(System.nanoTime() - t));
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
        AdaptiveLimit limit = AdaptiveLimit.upTo(options.downloadThreads());
        FileFetcher fetcher = new FileFetcher(cdn, limit, paths, refresher, trash, sleeper, hooks, watchdog);
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

    /** Work on a library's state once a fetch has brought it up to date. */
    public interface ListedWork<T> {
        T run(Stores stores, LibraryPaths paths, SyncReport fetch) throws IOException;
    }

    /**
     * Locks the library, brings its state up to date with iCloud as a sync's fetch does (nothing is planned or
     * downloaded), then hands the open state to {@code work} ({@code orchard photos adopt} matches files against it).
     * Under a dry run everything, the listing included, is rolled back at the end.
     */
    @SuppressWarnings("unchecked")
    public <T> T withListedState(ListedWork<T> work) {
        afterFetch = work;
        try {
            run();
            return (T) afterFetchResult;
        } finally {
            afterFetch = null;
            afterFetchResult = null;
        }
    }

    private SyncReport handOver(Stores stores, LibraryPaths paths, SyncReport report, long fetchStarted, long started,
                                long requestsBefore) throws IOException {
        report.phase(SyncReport.FETCH, Duration.ofNanos(System.nanoTime() - fetchStarted));
        report.finish(photos.requestCount() - requestsBefore, Duration.ofNanos(System.nanoTime() - started), options.dryRun());
        afterFetchResult = afterFetch.run(stores, paths, report);
        return report;
    }
}

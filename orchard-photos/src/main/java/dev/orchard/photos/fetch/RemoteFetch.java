package dev.orchard.photos.fetch;

import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.photos.changes.DatabaseChanges;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.cloudkit.PhotosException;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.AssetIndex;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.photos.download.UrlCache;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.state.ZoneStore;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.FetchMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Brings the state up to date with iCloud, as cheaply as it can. With stored tokens: one
 * {@code changes/database} per database says which zones changed (none: done), and each changed zone's
 * {@code changes/zone} feed is applied page by page, each page committed with its token. Without tokens,
 * or when Apple rejects one, the zone is listed in full: the listing, then the changes made while it ran
 * (from the token taken before it), a recount, and only then are assets that were not seen marked gone.
 */
public final class RemoteFetch {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteFetch.class);
    private static final int WRITE_BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;

    private final PhotosService photos;
    private final Stores stores;
    private final SyncOptions options;
    private final SyncListener listener;
    private final SyncReport report;
    private final DeltaApplier deltas;
    private final WantedUrls urls;

    public RemoteFetch(PhotosService photos, Stores stores, SyncOptions options, SyncListener listener, SyncReport report,
                       UrlCache urls) {
        this.photos = photos;
        this.stores = stores;
        this.options = options;
        this.listener = listener;
        this.report = report;
        this.urls = new WantedUrls(urls, options);
        this.deltas = new DeltaApplier(stores, report, options.includeHidden());
    }

    /** @param full list everything even when change tokens are stored */
    public void run(boolean full) {
        List<PhotoZone> known = stores.db().tx(db -> stores.zones().all());
        Map<String, String> dbTokens = new LinkedHashMap<>();
        for (String database : databases(known)) {
            String t = stores.db().tx(db -> db.meta(ZoneStore.databaseTokenKey(database)));
            if (t != null) dbTokens.put(database, t);
        }
        boolean incremental = !full && !known.isEmpty() && dbTokens.keySet().containsAll(databases(known));
        if (incremental && incremental(known, dbTokens)) return;
        full(known);
    }

    /** @return false when a database token was rejected and everything must be listed */
    private boolean incremental(List<PhotoZone> known, Map<String, String> dbTokens) {
        listener.phase("checking iCloud for changes");
        Map<String, String> newTokens = new LinkedHashMap<>();
        Map<String, PhotoZone> changed = new LinkedHashMap<>();
        Set<String> deleted = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : dbTokens.entrySet()) {
            DatabaseChanges dc;
            try {
                dc = photos.changes().databaseChanges(e.getKey(), e.getValue());
            } catch (PhotosException ex) {
                if (ex.reason() != PhotosException.Reason.TOKEN_REJECTED) throw ex;
                LOG.info("{}", ex.getMessage());
                return false;
            }
            newTokens.put(e.getKey(), dc.syncToken());
            for (PhotoZone z : dc.changedZones()) {
                if (PhotoZone.isPhotoLibrary(z.zoneName())) changed.putIfAbsent(z.zoneName(), z);
            }
            dc.deletedZones().forEach(z -> deleted.add(z.zoneName()));
        }
        Map<String, PhotoZone> knownByName = new LinkedHashMap<>();
        known.forEach(z -> knownByName.put(z.zoneName(), z));
        List<PhotoZone> needFull = new ArrayList<>();
        for (PhotoZone z : known) {
            if (deleted.contains(z.zoneName())) {
                dropZone(z);
                continue;
            }
            boolean wanted = !z.isShared() || options.includeShared();
            if (!wanted) {
                dropZone(z);
                continue;
            }
            boolean hiddenMissing = options.includeHidden() && !stores.db().tx(db -> stores.zones().hiddenListed(z.zoneName()));
            if (hiddenMissing) {
                needFull.add(z);
            } else if (changed.containsKey(z.zoneName())) {
                if (!applyChanges(z)) needFull.add(z);
            } else {
                report.zone(z.zoneName(), FetchMode.UNCHANGED);
            }
        }
        for (PhotoZone z : changed.values()) {
            boolean wanted = !z.isShared() || options.includeShared();
            if (!knownByName.containsKey(z.zoneName()) && wanted && !deleted.contains(z.zoneName())) needFull.add(z);
        }
        for (PhotoZone z : needFull) listZone(z);
        stores.db().txRun(db -> {
            for (Map.Entry<String, String> e : newTokens.entrySet()) {
                if (e.getValue() != null) db.putMeta(ZoneStore.databaseTokenKey(e.getKey()), e.getValue());
            }
        });
        return true;
    }

    /** Applies a zone's change feed; false when the token was refused (the zone needs a full listing). */
    private boolean applyChanges(PhotoZone zone) {
        String token = stores.db().tx(db -> stores.zones().token(zone.zoneName()));
        if (token == null) return false;
        listener.phase("reading changes in " + zone.zoneName());
        try {
            catchUp(zone, token, 0);
        } catch (PhotosException e) {
            if (e.reason() != PhotosException.Reason.TOKEN_REJECTED && e.reason() != PhotosException.Reason.ZONE_NOT_FOUND) throw e;
            LOG.info("{}", e.getMessage());
            return false;
        }
        report.zone(zone.zoneName(), FetchMode.INCREMENTAL);
        return true;
    }

    /** Applies changes since {@code token}, committing each page with its token; returns the last token. */
    private String catchUp(PhotoZone zone, String token, long seen) {
        String last = photos.changes().zoneChanges(zone, token, delta -> {
            delta.masters().forEach(m -> urls.put(zone.zoneName(), m));
            delta.assets().forEach(a -> urls.put(zone.zoneName(), a));
            stores.db().txRun(db -> {
                deltas.apply(zone.zoneName(), delta, seen);
                stores.zones().setToken(zone.zoneName(), delta.syncToken());
            });
        });
        fetchMissingMasters(zone);
        return last;
    }

    private void full(List<PhotoZone> known) {
        listener.phase("finding the photo libraries");
        List<PhotoZone> zones = photos.zones();
        List<PhotoZone> wanted = new ArrayList<>();
        for (PhotoZone z : zones) {
            if (!z.isShared() || options.includeShared()) wanted.add(z);
        }
        Set<String> wantedNames = new LinkedHashSet<>();
        wanted.forEach(z -> wantedNames.add(z.zoneName()));
        for (PhotoZone k : known) {
            if (!wantedNames.contains(k.zoneName())) dropZone(k);
        }
        Map<String, String> dbTokens = new LinkedHashMap<>();
        for (String database : databases(wanted)) {
            DatabaseChanges dc = photos.changes().databaseChanges(database, null);
            dbTokens.put(database, dc.syncToken());
        }
        for (PhotoZone z : wanted) listZone(z);
        stores.db().txRun(db -> {
            for (Map.Entry<String, String> e : dbTokens.entrySet()) {
                if (e.getValue() != null) db.putMeta(ZoneStore.databaseTokenKey(e.getKey()), e.getValue());
            }
        });
    }

    /** Lists a zone in full and reconciles (see the class comment). */
    private void listZone(PhotoZone zone) {
        listener.phase("listing " + zone.zoneName());
        String token = photos.checkIndexing(zone);
        long gen = stores.db().tx(db -> stores.assets().maxSeen()) + 1;
        stores.db().txRun(db -> {
            stores.zones().put(zone);
            stores.albums().clearStaged(zone.zoneName());
        });
        CompletableFuture<List<Album>> albums = zone.isShared() ? null : fetchAlbums(zone);
        long expected = countAll(zone);
        list(zone, AssetIndex.ALL, expected, gen);
        if (options.includeHidden()) {
            list(zone, AssetIndex.HIDDEN, photos.count(zone, AssetIndex.HIDDEN), gen);
        }
        if (albums != null) storeAlbums(zone, join(albums), gen);
        String after = token == null ? null : catchUp(zone, token, gen);
        long recount = photos.count(zone, AssetIndex.ALL);
        long have = stores.db().tx(db -> stores.assets().visibleCount(zone.zoneName(), gen));
        if (have < recount) {
            LOG.info("{}: listed {} of {} assets (the library changed while listing); listing once more", zone, have, recount);
            list(zone, AssetIndex.ALL, recount, gen);
            if (after != null) after = catchUp(zone, after, gen);
            have = stores.db().tx(db -> stores.assets().visibleCount(zone.zoneName(), gen));
        }
        fetchMissingMasters(zone);
        if (have < recount) {
            String w = zone.zoneName() + ": iCloud counts " + recount + " assets but listed only " + have
                    + "; keeping every local file this time rather than guessing which are gone";
            listener.warning(w);
            report.warning(w);
        } else {
            int removed = stores.db().tx(db -> stores.assets().sweepUnseen(zone.zoneName(), gen));
            report.add(SyncReport.Counter.ASSETS_REMOVED, removed);
        }
        String finalToken = after;
        boolean hidden = options.includeHidden();
        stores.db().txRun(db -> {
            stores.zones().setToken(zone.zoneName(), finalToken);
            stores.zones().setHiddenListed(zone.zoneName(), hidden);
        });
        report.zone(zone.zoneName(), FetchMode.FULL);
    }

    /**
     * The zone's count of All Photos, asked in one request with the counts of Hidden and Recently Deleted, which
     * the report gives as left out (hidden ones only when they are not kept).
     */
    private long countAll(PhotoZone zone) {
        List<String> ids = List.of(AssetIndex.ALL.countId(), AssetIndex.HIDDEN.countId(), AssetIndex.RECENTLY_DELETED.countId());
        Map<String, Long> counts = photos.counts().counts(zone, ids);
        if (!options.includeHidden()) {
            report.add(SyncReport.Counter.HIDDEN_LEFT_OUT, counts.getOrDefault(AssetIndex.HIDDEN.countId(), 0L));
        }
        report.add(SyncReport.Counter.DELETED_LEFT_OUT, counts.getOrDefault(AssetIndex.RECENTLY_DELETED.countId(), 0L));
        return counts.getOrDefault(AssetIndex.ALL.countId(), 0L);
    }

    private void list(PhotoZone zone, AssetIndex index, long expected, long gen) {
        String name = zone.zoneName();
        String label = index == AssetIndex.HIDDEN ? name + " (hidden)" : name;
        List<PhotoAsset> pending = new ArrayList<>();
        long[] sinceCommit = {0};
        var result = photos.lister().list(zone, index, expected, batch -> {
            pending.addAll(batch);
            if (pending.size() >= WRITE_BATCH) sinceCommit[0] += store(name, pending, gen);
            if (sinceCommit[0] >= COMMIT_EVERY) {
                stores.db().commit();
                sinceCommit[0] = 0;
            }
        }, n -> listener.listed(label, n, expected));
        if (result.assetsWithoutMaster() > 0) {
            listener.warning(label + ": " + result.assetsWithoutMaster() + " of the assets listed have no master record in iCloud; skipped");
        }
        store(name, pending, gen);
        stores.db().commit();
    }

    /**
     * Writes listed assets without committing: a listing's rows are only useful once it is complete (its
     * token is stored at the end), and few large commits spare SQLite most of its page writes.
     */
    private int store(String zone, List<PhotoAsset> assets, long gen) {
        int n = assets.size();
        if (n == 0) return 0;
        long t = System.nanoTime();
        stores.db().inTransaction(db -> {
            for (PhotoAsset pa : assets) {
                stores.assets().putMaster(zone, pa.master());
                stores.assets().putAsset(zone, pa.asset(), gen);
                urls.put(zone, pa);
            }
        });
        report.add(SyncReport.Counter.ASSETS_LISTED, assets.size());
        LOG.debug("stored {} assets in {} ms", n, (System.nanoTime() - t) / 1_000_000);
        assets.clear();
        return n;
    }

    /**
     * Lists albums and their members alongside the asset listing (their requests overlap the asset pages'
     * storing). Members are staged in the state page by page, inside the listing's open transaction, so that
     * memory does not grow with the library; they replace the albums' memberships before the catch-up, so
     * changes made meanwhile are applied on top.
     */
    private CompletableFuture<List<Album>> fetchAlbums(PhotoZone zone) {
        CompletableFuture<List<Album>> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                List<Album> albums = photos.albums().albums(zone);
                List<String> ids = new ArrayList<>();
                for (Album a : albums) {
                    if (!a.folder()) ids.add(a.recordName());
                }
                photos.albums().members(zone, ids, new StagedMembers(stores, zone.zoneName()));
                f.complete(albums);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "photos-albums-listing");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private void storeAlbums(PhotoZone zone, List<Album> albums, long gen) {
        stores.db().txRun(db -> {
            if (stores.albums().replaceFromStaged(zone.zoneName(), albums, gen)) stores.markAlbumsDirty();
        });
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw e;
        }
    }

    /** Assets whose master never came (a delta with only the asset, for example) get it by lookup. */
    private void fetchMissingMasters(PhotoZone zone) {
        List<String> missing = stores.db().tx(db -> stores.assets().missingMasters(zone.zoneName()));
        if (missing.isEmpty()) return;
        List<CkRecord> found = photos.lookup().lookup(zone, missing);
        stores.db().txRun(db -> {
            for (CkRecord r : found) {
                if (!r.is(Master.TYPE)) continue;
                Master m = Master.parse(r);
                stores.assets().putMaster(zone.zoneName(), m);
                urls.put(zone.zoneName(), m);
            }
        });
    }

    private void dropZone(PhotoZone z) {
        LOG.info("no longer following {}", z);
        stores.db().txRun(db -> {
            stores.assets().sweepUnseen(z.zoneName(), Long.MAX_VALUE);
            stores.zones().remove(z.zoneName());
        });
    }

    private static List<String> databases(List<PhotoZone> zones) {
        Set<String> out = new LinkedHashSet<>();
        zones.forEach(z -> out.add(z.database()));
        return new ArrayList<>(out);
    }
}

package dev.orchard.photos.fetch;

import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.records.RecordLookup;
import dev.orchard.photos.download.UrlCache;
import dev.orchard.photos.state.Stores;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Teaches a library synced before Orchard kept renditions what iCloud's thumbnails and previews are, without
 * listing iCloud again: the masters (and edited assets) it knows are looked up by name, a hundred per request,
 * a few requests at once, and stored; the ones that changed become dirty, so the planner fetches their
 * renditions. Runs once per library ({@link #DONE} in the state's meta table).
 */
public final class RenditionBackfill {
    public static final String DONE = "renditions-known";
    private static final int PARALLEL = 4;

    private final PhotosService photos;
    private final Stores stores;
    private final UrlCache urls;

    public RenditionBackfill(PhotosService photos, Stores stores, UrlCache urls) {
        this.photos = photos;
        this.stores = stores;
        this.urls = urls;
    }

    /** Whether this library still needs it; a library with nothing stored yet learns renditions from its first listing. */
    public boolean needed() {
        return stores.db().tx(db -> {
            if (db.meta(DONE) != null) return false;
            if (db.count("SELECT COUNT(*) FROM masters") == 0) {
                db.putMeta(DONE, "1");
                return false;
            }
            return true;
        });
    }

    /** Looks up every record whose renditions are unknown; returns how many lookup requests it made. */
    public int run() {
        int requests = 0;
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "photos-renditions-lookup");
            t.setDaemon(true);
            return t;
        });
        try {
            for (PhotoZone zone : stores.db().tx(db -> stores.zones().all())) {
                List<String> names = stores.db().tx(db -> unknown(zone.zoneName()));
                List<CompletableFuture<Void>> chunks = new ArrayList<>();
                for (int i = 0; i < names.size(); i += RecordLookup.BATCH) {
                    List<String> chunk = names.subList(i, Math.min(names.size(), i + RecordLookup.BATCH));
                    chunks.add(CompletableFuture.runAsync(() -> store(zone, photos.lookup().lookup(zone, chunk)), pool));
                    requests++;
                }
                for (CompletableFuture<Void> c : chunks) RemoteFetch.join(c);
            }
            stores.db().txRun(db -> db.putMeta(DONE, "1"));
            return requests;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Masters of the zone's live assets with no rendition stored, and edited assets with no thumb of their own. */
    private List<String> unknown(String zone) throws java.sql.SQLException {
        List<String> out = new ArrayList<>(stores.db().query("SELECT DISTINCT a.master_id FROM assets a WHERE a.zone = ?"
                + " AND a.removed = 0 AND a.trashed = 0 AND a.master_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM resources r"
                + " WHERE r.zone = a.zone AND r.owner = a.master_id AND r.role IN ('THUMB', 'PREVIEW'))", rs -> rs.getString(1), zone));
        out.addAll(stores.db().query("SELECT a.id FROM assets a WHERE a.zone = ? AND a.removed = 0 AND a.trashed = 0"
                + " AND a.adjustment IS NOT NULL AND NOT EXISTS (SELECT 1 FROM resources r WHERE r.zone = a.zone"
                + " AND r.owner = a.id AND r.role = 'EDITED_THUMB')", rs -> rs.getString(1), zone));
        return out;
    }

    private void store(PhotoZone zone, List<CkRecord> records) {
        String z = zone.zoneName();
        stores.db().txRun(db -> {
            for (CkRecord r : records) {
                if (r.is(Master.TYPE)) {
                    Master m = Master.parse(r);
                    stores.assets().putMaster(z, m);
                    urls.put(z, m);
                } else if (r.is(Asset.TYPE)) {
                    Asset a = Asset.parse(r);
                    stores.assets().putAsset(z, a, 0);
                    urls.put(z, a);
                }
            }
        });
    }
}

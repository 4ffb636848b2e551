package dev.orchard.photos.journal;

import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.records.RecordLookup;
import dev.orchard.photos.state.ArchiveStore.Pending;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.Stores;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Settles requests a run sent but never settled (it was killed between writing the journal and reading
 * iCloud's answer). An asset iCloud shows in Recently Deleted, or no longer shows at all, left iCloud; any
 * other was not changed, and its journal entry is dropped so a later archive decides about it again. The
 * asset stays pinned either way: its verified copy is what the archive promised to keep.
 */
public final class ArchiveJournal {
    private ArchiveJournal() {
    }

    /**
     * After a sync has fetched iCloud's changes (which happened after the interruption), the state says
     * what iCloud did with every pending asset.
     */
    public static int settleFromState(Stores stores, LibraryPaths paths, Clock clock) {
        return stores.db().tx(db -> {
            ArchiveStore store = new ArchiveStore(db);
            List<Pending> pending = store.pending();
            Map<String, Boolean> left = new HashMap<>();
            for (Pending p : pending) {
                Boolean gone = db.one("SELECT trashed = 1 OR removed = 1 FROM assets WHERE zone = ? AND id = ?",
                        rs -> rs.getInt(1) == 1, p.zone(), p.assetId());
                left.put(key(p), gone == null || gone);
            }
            ArchiveLog log = new ArchiveLog(paths, !db.dryRun());
            int n = settle(store, pending, left, log, clock, "a sync");
            log.flush();
            return n;
        });
    }

    /** Before an archive: asks iCloud ({@code records/lookup}) about every pending asset. */
    public static int reconcile(Stores stores, RecordLookup lookup, Function<String, PhotoZone> zones, ArchiveLog log, Clock clock) {
        List<Pending> pending = stores.db().tx(db -> new ArchiveStore(db).pending());
        if (pending.isEmpty()) return 0;
        Map<String, List<String>> byZone = new LinkedHashMap<>();
        for (Pending p : pending) byZone.computeIfAbsent(p.zone(), z -> new ArrayList<>()).add(p.assetId());
        Map<String, Boolean> left = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byZone.entrySet()) {
            e.getValue().forEach(id -> left.put(e.getKey() + "\n" + id, true));
            for (CkRecord r : lookup.lookup(zones.apply(e.getKey()), e.getValue())) {
                if (r.is(Asset.TYPE)) left.put(e.getKey() + "\n" + r.recordName(), Asset.parse(r).trashed());
            }
        }
        int n = stores.db().tx(db -> settle(new ArchiveStore(db), pending, left, log, clock, "this archive"));
        log.flush();
        return n;
    }

    private static int settle(ArchiveStore store, List<Pending> pending, Map<String, Boolean> left, ArchiveLog log, Clock clock,
                              String who) throws SQLException {
        int removed = 0;
        for (Pending p : pending) {
            boolean gone = left.getOrDefault(key(p), false);
            if (gone && !store.hasLeft(p.zone(), p.assetId())) {
                store.leftICloud(p.zone(), p.assetId());
                store.addRemoved(p.archiveId(), 1, store.icloudBytes(p.zone(), p.assetId()));
                removed++;
            }
            store.settle(p.zone(), p.assetId());
            log.write(clock.instant(), p.archiveId(), p.assetId(), gone ? "removed" : "not-removed", List.of(), List.of(),
                    (gone ? "iCloud shows it in Recently Deleted" : "iCloud did not change it")
                            + "; settled by " + who + " after an interrupted run");
        }
        return removed;
    }

    private static String key(Pending p) {
        return p.zone() + "\n" + p.assetId();
    }
}

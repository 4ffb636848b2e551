package dev.orchard.photos.archive;

import dev.orchard.photos.journal.ArchiveLog;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.cloudkit.PhotosException;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.icloud.photos.records.AssetTrash;
import dev.orchard.icloud.photos.records.AssetTrash.Target;
import dev.orchard.photos.archive.ArchiveListener.Outcome;
import dev.orchard.photos.state.Stores;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Moves verified assets to Recently Deleted, 100 a request (docs/protocol/photos.md §8). Just before each request every
 * asset is read again and decided again: a favourite, an edit since the verified download, or a hidden asset
 * the library does not keep stays. The request carries the tags just read; a CONFLICT (someone changed the
 * asset in between) reads and decides again, and TRY_AGAIN_LATER / CAS op-lock answers wait and retry. The
 * journal holds each batch from before the request until its answer is settled.
 */
final class Remover {
    static final int ROUNDS = 8;
    private static final Set<String> TRANSIENT = Set.of("TRY_AGAIN_LATER", "RETRY_LATER", "CAS_OP_LOCK", "THROTTLED",
            "INTERNAL_ERROR", "SERVICE_UNAVAILABLE");
    private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** An asset whose files were verified just now, as the state described it then. */
    record Verified(ArchivePlan.Item item, Asset asset, List<String> checksums) {
    }

    /** Told of each asset's fate. */
    interface Outcomes {
        void settled(Verified v, Outcome outcome, String detail);
    }

    private final PhotosService photos;
    private final Stores stores;
    private final long archiveId;
    private final boolean includeHidden;
    private final ArchiveHooks hooks;
    private final Sleeper sleeper;
    private final ArchiveLog log;
    private final Clock clock;

    Remover(PhotosService photos, Stores stores, long archiveId, boolean includeHidden, ArchiveHooks hooks, Sleeper sleeper,
            ArchiveLog log, Clock clock) {
        this.photos = photos;
        this.stores = stores;
        this.archiveId = archiveId;
        this.includeHidden = includeHidden;
        this.hooks = hooks;
        this.sleeper = sleeper;
        this.log = log;
        this.clock = clock;
    }

    void remove(PhotoZone zone, List<Verified> assets, Outcomes outcomes) {
        for (int i = 0; i < assets.size(); i += AssetTrash.BATCH) {
            batch(zone, assets.subList(i, Math.min(assets.size(), i + AssetTrash.BATCH)), outcomes);
        }
    }

    private void batch(PhotoZone zone, List<Verified> batch, Outcomes outcomes) {
        List<Verified> todo = new ArrayList<>(batch);
        Map<String, String> lastRefusal = new HashMap<>();
        for (int round = 1; !todo.isEmpty(); round++) {
            if (round > ROUNDS) {
                for (Verified v : todo) {
                    outcomes.settled(v, Outcome.SKIPPED, "iCloud kept refusing to move it ("
                            + lastRefusal.getOrDefault(v.asset().recordName(), "no answer") + "); a later archive tries again");
                }
                return;
            }
            Map<String, Asset> current = lookup(zone, todo);
            Map<String, Verified> sending = new LinkedHashMap<>();
            List<Target> targets = new ArrayList<>();
            for (Verified v : todo) {
                Asset now = current.get(v.asset().recordName());
                String why = decide(v, now);
                if (why == null) {
                    sending.put(v.asset().recordName(), v);
                    targets.add(new Target(now.recordName(), now.changeTag()));
                } else if (now != null && now.trashed()) {
                    removed(zone, v, why, outcomes);
                } else {
                    outcomes.settled(v, now != null && now.favorite() ? Outcome.FAVOURITE : Outcome.SKIPPED, why);
                }
            }
            if (targets.isEmpty()) return;
            List<String> ids = List.copyOf(sending.keySet());
            stores.db().txRun(db -> {
                ArchiveStore s = new ArchiveStore(db);
                for (Target t : targets) s.journal(zone.zoneName(), t.assetId(), archiveId, t.changeTag(), clock.millis());
            });
            hooks.beforeModify(zone.zoneName(), ids);
            Map<String, CkRecord> answers = photos.trash().modify(zone, targets);
            hooks.afterModify(zone.zoneName(), ids);
            todo = new ArrayList<>();
            boolean wait = false;
            List<Verified> moved = new ArrayList<>();
            stores.db().txRun(db -> {
                ArchiveStore s = new ArchiveStore(db);
                for (Map.Entry<String, CkRecord> e : answers.entrySet()) {
                    if (e.getValue() != null && !e.getValue().isError()) {
                        moved.add(sending.get(e.getKey()));
                        leftICloud(s, zone, sending.get(e.getKey()));
                    }
                    s.settle(zone.zoneName(), e.getKey());
                }
            });
            moved.forEach(v -> settledRemoved(v, "moved to Recently Deleted", outcomes));
            log.flush();
            for (Map.Entry<String, CkRecord> e : answers.entrySet()) {
                Verified v = sending.get(e.getKey());
                CkRecord r = e.getValue();
                if (r != null && !r.isError()) continue;
                String code = r == null ? null : r.serverErrorCode();
                if (r == null || "CONFLICT".equals(code) || TRANSIENT.contains(code)) {
                    lastRefusal.put(e.getKey(), r == null ? "no answer" : AssetTrash.reason(r));
                    wait |= r == null || TRANSIENT.contains(code);
                    todo.add(v);
                } else {
                    outcomes.settled(v, Outcome.SKIPPED, "iCloud refused to move it: " + AssetTrash.reason(r));
                }
            }
            if (wait && !todo.isEmpty()) pause(round);
        }
    }

    private Map<String, Asset> lookup(PhotoZone zone, List<Verified> todo) {
        Map<String, Asset> out = new HashMap<>();
        for (CkRecord r : photos.lookup().lookup(zone, todo.stream().map(v -> v.asset().recordName()).toList())) {
            if (r.is(Asset.TYPE)) out.put(r.recordName(), Asset.parse(r));
        }
        return out;
    }

    /** Null when the asset may go now; else why not. */
    private String decide(Verified v, Asset now) {
        if (now == null) return "no longer in iCloud";
        if (now.trashed()) return "already in Recently Deleted";
        if (now.favorite()) return "became a favourite";
        if (now.hidden() && !includeHidden) return ArchivePlanner.HIDDEN;
        if (!Objects.equals(now.masterId(), v.asset().masterId()) || !Objects.equals(now.adjustmentType(), v.asset().adjustmentType())
                || !sameEdits(now, v.asset())) {
            return "edited in iCloud after it was downloaded, so it stays there";
        }
        return null;
    }

    private static boolean sameEdits(Asset now, Asset verified) {
        for (ResourceRole role : List.of(ResourceRole.EDITED, ResourceRole.EDITED_VIDEO)) {
            Resource a = now.resource(role);
            Resource b = verified.resource(role);
            if (a == null != (b == null)) return false;
            if (a != null && !FileChecksum.same(a.checksum(), b.checksum())) return false;
        }
        return true;
    }

    private void removed(PhotoZone zone, Verified v, String detail, Outcomes outcomes) {
        stores.db().txRun(db -> {
            ArchiveStore s = new ArchiveStore(db);
            leftICloud(s, zone, v);
            s.settle(zone.zoneName(), v.asset().recordName());
        });
        settledRemoved(v, detail, outcomes);
    }

    private void leftICloud(ArchiveStore s, PhotoZone zone, Verified v) throws java.sql.SQLException {
        if (s.hasLeft(zone.zoneName(), v.asset().recordName())) return;
        s.leftICloud(zone.zoneName(), v.asset().recordName());
        s.addRemoved(archiveId, 1, v.item().icloudBytes());
    }

    private void settledRemoved(Verified v, String detail, Outcomes outcomes) {
        log.write(clock.instant(), archiveId, v.asset().recordName(), "removed", v.item().files(), v.checksums(), detail);
        outcomes.settled(v, Outcome.REMOVED, detail);
    }

    private void pause(int round) {
        long ms = Math.min(LONGEST_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(round - 1, 10));
        try {
            sleeper.sleep(Duration.ofMillis(ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotosException(PhotosException.Reason.TEMPORARY, "interrupted while waiting to retry the archive");
        }
    }
}

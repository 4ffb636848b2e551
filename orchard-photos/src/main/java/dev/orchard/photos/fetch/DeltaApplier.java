package dev.orchard.photos.fetch;

import dev.orchard.icloud.photos.changes.ZoneDelta;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Relation;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.report.SyncReport;

import java.sql.SQLException;

/**
 * Writes one page of changes into the state (docs/protocol/photos.md §7): masters and assets replace what was stored,
 * trashed assets keep their row with the flag, tombstones remove whatever record they name (asset, master,
 * album or {@code <asset>-IN-<album>} membership).
 */
final class DeltaApplier {
    private final Stores stores;
    private final SyncReport report;
    private final boolean keepsHidden;

    DeltaApplier(Stores stores, SyncReport report, boolean keepsHidden) {
        this.stores = stores;
        this.report = report;
        this.keepsHidden = keepsHidden;
    }

    /** Applies {@code d}; call inside a transaction. {@code seen} is the listing generation to stamp on assets. */
    void apply(String zone, ZoneDelta d, long seen) throws SQLException {
        boolean albums = false;
        for (Master m : d.masters()) stores.assets().putMaster(zone, m);
        for (Asset a : d.assets()) {
            if (!stores.assets().putAsset(zone, a, seen)) continue;
            report.add(SyncReport.Counter.CHANGES_APPLIED, 1);
            if (a.trashed()) report.add(SyncReport.Counter.DELETED_LEFT_OUT, 1);
            else if (a.hidden() && !keepsHidden) report.add(SyncReport.Counter.HIDDEN_LEFT_OUT, 1);
        }
        for (Album a : d.albums()) albums |= stores.albums().put(zone, a);
        for (Relation r : d.relations()) {
            if (r.albumId() == null || r.assetId() == null) continue;
            albums |= r.trashed() ? stores.albums().removeMember(zone, r.albumId(), r.assetId())
                    : stores.albums().addMember(zone, r.albumId(), r.assetId());
        }
        for (String name : d.removed()) {
            Relation r = Relation.fromName(name);
            if (r != null) {
                albums |= stores.albums().removeMember(zone, r.albumId(), r.assetId());
            } else if (stores.assets().hasAsset(zone, name)) {
                stores.assets().markRemoved(zone, name);
                report.add(SyncReport.Counter.CHANGES_APPLIED, 1);
            } else if (stores.assets().hasMaster(zone, name)) {
                stores.assets().deleteMaster(zone, name);
            } else {
                albums |= stores.albums().remove(zone, name);
            }
        }
        if (albums) stores.markAlbumsDirty();
    }
}

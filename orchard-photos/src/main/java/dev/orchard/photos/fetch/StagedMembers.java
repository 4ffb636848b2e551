package dev.orchard.photos.fetch;

import dev.orchard.icloud.photos.listing.MemberSink;
import dev.orchard.photos.state.Stores;

import java.util.List;

/**
 * Writes a full listing's album members into the state's staging as the pages come, without committing (the
 * asset listing's commits carry them; the swap into memberships commits the rest). Only albums marked complete
 * are ever swapped in, and a listing empties the staging before it starts, so a crash's partial pages are
 * never taken as an album's content.
 */
final class StagedMembers implements MemberSink {
    private final Stores stores;
    private final String zone;

    StagedMembers(Stores stores, String zone) {
        this.stores = stores;
        this.zone = zone;
    }

    @Override
    public int page(String albumId, long rank, List<String> assetIds) {
        int[] added = {0};
        stores.db().inTransaction(db -> added[0] = stores.albums().stage(zone, albumId, assetIds));
        return added[0];
    }

    @Override
    public void complete(String albumId) {
        stores.db().inTransaction(db -> stores.albums().stagedComplete(zone, albumId));
    }
}

package dev.orchard.icloud.photos.listing;

import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;

import java.util.ArrayList;
import java.util.List;

/** One page of an asset list, parsed on the thread that fetched it: its masters and assets. */
record ParsedPage(List<Master> masters, List<Asset> assets) implements RankedPages.Page {

    static ParsedPage of(List<CkRecord> records) {
        List<Master> masters = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        for (CkRecord r : records) {
            if (r.isError() || r.tombstone() || r.recordName() == null) continue;
            if (r.is(Master.TYPE)) masters.add(Master.parse(r));
            else if (r.is(Asset.TYPE)) assets.add(Asset.parse(r));
        }
        return new ParsedPage(masters, assets);
    }

    @Override
    public boolean isEmpty() {
        return masters.isEmpty() && assets.isEmpty();
    }
}

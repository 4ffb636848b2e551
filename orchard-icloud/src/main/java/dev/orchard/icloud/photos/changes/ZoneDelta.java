package dev.orchard.icloud.photos.changes;

import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of {@code changes/zone} (docs/protocol/photos.md §7), sorted by kind. {@code removed} holds the names of
 * hard-deleted records (tombstones carry no type): assets, masters, albums or {@code <asset>-IN-<album>}
 * relations. Records of other types (faces, memories, library info) are dropped.
 */
public record ZoneDelta(List<Master> masters, List<Asset> assets, List<Album> albums, List<Relation> relations,
                        List<String> removed, String syncToken, boolean moreComing) {

    static ZoneDelta of(List<CkRecord> records, String syncToken, boolean moreComing) {
        List<Master> masters = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Album> albums = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (CkRecord r : records) {
            if (r.isError() || r.recordName() == null) continue;
            if (r.tombstone()) {
                removed.add(r.recordName());
            } else if (r.is(Master.TYPE)) {
                masters.add(Master.parse(r));
            } else if (r.is(Asset.TYPE)) {
                assets.add(Asset.parse(r));
            } else if (r.is(Album.TYPE)) {
                albums.add(Album.parse(r));
            } else if (r.is(Relation.TYPE)) {
                relations.add(Relation.parse(r));
            }
        }
        return new ZoneDelta(masters, assets, albums, relations, removed, syncToken, moreComing);
    }

    public boolean isEmpty() {
        return masters.isEmpty() && assets.isEmpty() && albums.isEmpty() && relations.isEmpty() && removed.isEmpty();
    }
}

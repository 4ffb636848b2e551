package dev.orchard.icloud.photos.model;

import dev.orchard.icloud.photos.cloudkit.CkRecord;

/** A CPLContainerRelation: asset {@code assetId} is in album {@code albumId}; named {@code <asset>-IN-<album>} (docs/protocol/photos.md §3). */
public record Relation(String recordName, String albumId, String assetId, boolean trashed) {
    public static final String TYPE = "CPLContainerRelation";
    private static final String SEPARATOR = "-IN-";

    public static Relation parse(CkRecord r) {
        String item = r.string("itemId");
        String container = r.string("containerId");
        Relation byName = fromName(r.recordName());
        if (item == null && byName != null) item = byName.assetId();
        if (container == null && byName != null) container = byName.albumId();
        return new Relation(r.recordName(), container, item, r.flag("isDeleted"));
    }

    /** The relation a record name stands for (tombstones carry only the name), or null if it is not one. */
    public static Relation fromName(String recordName) {
        if (recordName == null) return null;
        int i = recordName.indexOf(SEPARATOR);
        if (i <= 0 || i + SEPARATOR.length() >= recordName.length()) return null;
        return new Relation(recordName, recordName.substring(i + SEPARATOR.length()), recordName.substring(0, i), false);
    }
}

package dev.orchard.icloud.photos.model;

/** The asset lists Orchard reads (docs/protocol/photos.md §3) and the count ids that go with them (§4.2). */
public enum AssetIndex {
    ALL("CPLAssetAndMasterByAssetDateWithoutHiddenOrDeleted", "CPLAssetByAssetDateWithoutHiddenOrDeleted"),
    HIDDEN("CPLAssetAndMasterHiddenByAssetDate", "CPLAssetHiddenByAssetDate"),
    RECENTLY_DELETED("CPLAssetAndMasterDeletedByExpungedDate", "CPLAssetDeletedByExpungedDate");

    private final String listType;
    private final String countId;

    AssetIndex(String listType, String countId) {
        this.listType = listType;
        this.countId = countId;
    }

    public String listType() { return listType; }
    public String countId() { return countId; }

    /** Count id of one album's members. */
    public static String albumCountId(String albumRecordName) {
        return "CPLContainerRelationNotDeletedByAssetDate:" + albumRecordName;
    }
}

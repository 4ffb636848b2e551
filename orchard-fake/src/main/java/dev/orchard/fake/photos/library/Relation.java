package dev.orchard.fake.photos.library;

/** A CPLContainerRelation: asset {@code itemId} is in album {@code containerId}; named {@code <asset>-IN-<album>}. */
public final class Relation extends ZoneRecord {
    private final Asset asset;
    private final Album album;
    private final long position;

    Relation(long created, Asset asset, Album album, long position) {
        super(name(asset.recordName(), album.recordName()), created);
        this.asset = asset;
        this.album = album;
        this.position = position;
    }

    public static String name(String assetName, String albumName) {
        return assetName + "-IN-" + albumName;
    }

    @Override
    public String recordType() {
        return "CPLContainerRelation";
    }

    public Asset asset() { return asset; }
    public Album album() { return album; }
    public long position() { return position; }
}

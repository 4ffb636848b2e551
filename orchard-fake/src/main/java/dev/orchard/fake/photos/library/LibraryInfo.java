package dev.orchard.fake.photos.library;

/**
 * The CPLLibraryInfo record ({@code PrimarySync-0000-LI}) that real change feeds carry alongside the photo
 * records; clients must skip it. Its counts are taken when the zone is filled.
 */
public final class LibraryInfo extends ZoneRecord {
    private final int photos;
    private final int videos;
    private final int albums;

    LibraryInfo(String zoneName, long created, int photos, int videos, int albums) {
        super(zoneName + "-0000-LI", created);
        this.photos = photos;
        this.videos = videos;
        this.albums = albums;
    }

    @Override
    public String recordType() {
        return "CPLLibraryInfo";
    }

    public int photos() { return photos; }
    public int videos() { return videos; }
    public int albums() { return albums; }
}

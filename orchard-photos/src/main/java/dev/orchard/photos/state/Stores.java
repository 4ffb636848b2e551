package dev.orchard.photos.state;

import java.sql.SQLException;

/** The state database and its tables. */
public record Stores(StateDb db, AssetStore assets, AlbumStore albums, FileStore files, ZoneStore zones) {
    private static final String ALBUMS_DIRTY = "albums-dirty";

    public static Stores of(StateDb db) {
        return new Stores(db, new AssetStore(db), new AlbumStore(db), new FileStore(db), new ZoneStore(db));
    }

    /** Album folders need rebuilding: membership, names or files changed. */
    public void markAlbumsDirty() throws SQLException {
        db.putMeta(ALBUMS_DIRTY, "1");
    }

    public boolean albumsDirty() throws SQLException {
        return "1".equals(db.meta(ALBUMS_DIRTY));
    }

    public void clearAlbumsDirty() throws SQLException {
        db.putMeta(ALBUMS_DIRTY, null);
    }
}

package dev.orchard.photos.sync;

import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.state.Stores;

import java.sql.SQLException;

/**
 * What the smart albums need from the state besides the options: the asset fields they are derived from
 * ({@code assetSubtype}, {@code burstId}) were not stored before, so a library synced without them is listed in
 * full once; and the album folders are rebuilt when the smart albums are turned on or off, or when assets changed.
 */
final class SmartAlbumsState {
    private static final String FIELDS = "asset-fields";
    /** 2: assetSubtype and burstId are stored. */
    private static final String FIELDS_NOW = "2";
    private static final String SMART = "smart-albums";

    private SmartAlbumsState() {
    }

    /** Whether stored assets lack fields this version keeps (a new library does not). */
    static boolean fieldsBehind(Stores stores) throws SQLException {
        if (FIELDS_NOW.equals(stores.db().meta(FIELDS))) return false;
        if (stores.db().count("SELECT COUNT(*) FROM assets") > 0) return true;
        stores.db().putMeta(FIELDS, FIELDS_NOW);
        return false;
    }

    static void fieldsCaughtUp(Stores stores) throws SQLException {
        stores.db().putMeta(FIELDS, FIELDS_NOW);
    }

    /** Marks the album folders for rebuilding when the smart albums would now differ; call after the fetch. */
    static void check(SyncOptions options, Stores stores) throws SQLException {
        String want = !options.smartAlbums() ? "off" : options.includeHidden() ? "on+hidden" : "on";
        if (!want.equals(stores.db().meta(SMART))) {
            stores.markAlbumsDirty();
            stores.db().putMeta(SMART, want);
        } else if (options.smartAlbums() && stores.assets().dirtyCount() > 0) {
            stores.markAlbumsDirty();
        }
    }
}

package dev.orchard.photos.state;

import java.util.List;

/**
 * The state of one library folder. Masters and assets mirror iCloud; {@code resources} hold the files of
 * both (owner = master or asset recordName); {@code files} are what Orchard put on disk (one row per asset
 * version, the path claimed before the download starts); {@code album_entries} are the links or copies under
 * Albums/. {@code assets.dirty} marks assets whose local files may not match iCloud yet; {@code fp} is a digest
 * of what matters about a master or asset, so a relisting tells changed from unchanged without reading rows.
 */
final class Schema {
    static final int VERSION = 1;

    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
            "CREATE TABLE IF NOT EXISTS zones(zone TEXT PRIMARY KEY, database TEXT NOT NULL, owner TEXT, zone_type TEXT,"
                    + " sync_token TEXT, hidden_listed INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE IF NOT EXISTS masters(zone TEXT NOT NULL, id TEXT NOT NULL, filename TEXT, item_type TEXT,"
                    + " data_class INTEGER, change_tag TEXT, fp TEXT, PRIMARY KEY(zone, id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS assets(zone TEXT NOT NULL, id TEXT NOT NULL, master_id TEXT, change_tag TEXT,"
                    + " asset_date INTEGER, added_date INTEGER, tz_offset INTEGER, favorite INTEGER, hidden INTEGER,"
                    + " trashed INTEGER, removed INTEGER NOT NULL DEFAULT 0, subtype INTEGER, adjustment TEXT,"
                    + " seen INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 1, fp TEXT, PRIMARY KEY(zone, id))",
            "CREATE INDEX IF NOT EXISTS assets_master ON assets(zone, master_id)",
            "CREATE INDEX IF NOT EXISTS assets_dirty ON assets(asset_date) WHERE dirty = 1",
            "CREATE TABLE IF NOT EXISTS resources(zone TEXT NOT NULL, owner TEXT NOT NULL, role TEXT NOT NULL,"
                    + " checksum TEXT NOT NULL, size INTEGER, file_type TEXT, PRIMARY KEY(zone, owner, role))"
                    + " WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS albums(zone TEXT NOT NULL, id TEXT NOT NULL, name TEXT, album_type INTEGER,"
                    + " parent_id TEXT, position INTEGER, PRIMARY KEY(zone, id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS memberships(zone TEXT NOT NULL, album_id TEXT NOT NULL, asset_id TEXT NOT NULL,"
                    + " PRIMARY KEY(zone, album_id, asset_id)) WITHOUT ROWID",
            "CREATE INDEX IF NOT EXISTS memberships_asset ON memberships(zone, asset_id)",
            // Memberships of a full listing, written as the pages come and swapped into memberships only for the
            // albums marked complete; emptied when a listing starts, so a crash's leftovers are never taken as whole.
            "CREATE TABLE IF NOT EXISTS staged_memberships(zone TEXT NOT NULL, album_id TEXT NOT NULL, asset_id TEXT NOT NULL,"
                    + " PRIMARY KEY(zone, album_id, asset_id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS staged_albums(zone TEXT NOT NULL, album_id TEXT NOT NULL, PRIMARY KEY(zone, album_id))"
                    + " WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, path_key TEXT NOT NULL UNIQUE, zone TEXT NOT NULL,"
                    + " asset_id TEXT NOT NULL, role TEXT NOT NULL, checksum TEXT NOT NULL, size INTEGER,"
                    + " state TEXT NOT NULL, verified INTEGER NOT NULL DEFAULT 0, problem TEXT)",
            "CREATE UNIQUE INDEX IF NOT EXISTS files_version ON files(zone, asset_id, role)",
            "CREATE TABLE IF NOT EXISTS album_entries(path TEXT PRIMARY KEY, target TEXT NOT NULL)",
            // orchard photos adopt: files of another tool's tree found by their fileChecksum; a move in flight
            // (source outside the library, destination claimed) until the source is gone.
            "CREATE INDEX IF NOT EXISTS resources_checksum ON resources(checksum)",
            "CREATE TABLE IF NOT EXISTS adopt_journal(source TEXT PRIMARY KEY, dest TEXT NOT NULL, checksum TEXT NOT NULL)",
            // Archives (orchard photos archive): one row per run; the assets it pinned; the album folders it froze.
            "CREATE TABLE IF NOT EXISTS archives(id INTEGER PRIMARY KEY AUTOINCREMENT, rule TEXT NOT NULL,"
                    + " keep_in_icloud INTEGER NOT NULL DEFAULT 0, started INTEGER NOT NULL, finished INTEGER,"
                    + " kept INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,"
                    + " bytes_freed INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE IF NOT EXISTS archived_assets(zone TEXT NOT NULL, asset_id TEXT NOT NULL, archive_id INTEGER NOT NULL,"
                    + " archived_at INTEGER NOT NULL, left_icloud INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(zone, asset_id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS frozen_albums(zone TEXT NOT NULL, album_id TEXT NOT NULL, archive_id INTEGER NOT NULL,"
                    + " PRIMARY KEY(zone, album_id)) WITHOUT ROWID",
            // The album entries a frozen album keeps whatever iCloud does to the album later.
            "CREATE TABLE IF NOT EXISTS frozen_entries(path TEXT PRIMARY KEY, target TEXT NOT NULL, zone TEXT NOT NULL,"
                    + " album_id TEXT NOT NULL)",
            // Assets an archive is asking iCloud to move to Recently Deleted: written before the request, settled after.
            "CREATE TABLE IF NOT EXISTS archive_journal(zone TEXT NOT NULL, asset_id TEXT NOT NULL, archive_id INTEGER NOT NULL,"
                    + " change_tag TEXT, sent_at INTEGER NOT NULL, PRIMARY KEY(zone, asset_id)) WITHOUT ROWID",
            // What the user wrote about an asset and where it was taken, kept when the listing asks for it (--photos-xmp).
            "CREATE TABLE IF NOT EXISTS asset_meta(zone TEXT NOT NULL, id TEXT NOT NULL, title TEXT, description TEXT,"
                    + " keywords TEXT, latitude REAL, longitude REAL, altitude REAL, course REAL, orientation INTEGER,"
                    + " PRIMARY KEY(zone, id)) WITHOUT ROWID",
            // XMP sidecars Orchard wrote beside an asset's files (--photos-xmp), with the digest of what they say.
            "CREATE TABLE IF NOT EXISTS sidecars(path TEXT PRIMARY KEY, path_key TEXT NOT NULL UNIQUE, zone TEXT NOT NULL,"
                    + " asset_id TEXT NOT NULL, digest TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS sidecars_asset ON sidecars(zone, asset_id)");

    /** Columns added after the table first shipped: table, column, type (nullable, so old rows need nothing). */
    static final List<String[]> ADDED_COLUMNS = List.<String[]>of(
            // When the file last matched iCloud's fileChecksum (epoch millis): download, adoption or photos verify.
            new String[]{"files", "verified_at", "INTEGER"},
            // assetSubtype and burstId of the CPLAsset, for the smart albums (docs/protocol/photos.md §2).
            new String[]{"assets", "asset_subtype", "INTEGER"},
            new String[]{"assets", "burst_id", "TEXT"});

    private Schema() {
    }
}

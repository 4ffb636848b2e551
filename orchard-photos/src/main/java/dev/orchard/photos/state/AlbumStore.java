package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.Album;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Albums, folders and memberships as iCloud last described them, and the album entries made on disk. */
public final class AlbumStore {
    private static final String DIRTY_ASSET = "UPDATE assets SET dirty = 1 WHERE zone = ? AND id = ?";
    private final StateDb db;

    public AlbumStore(StateDb db) {
        this.db = db;
    }

    /** Stores or updates an album; a deleted or invisible one is removed. Returns whether anything changed. */
    public boolean put(String zone, Album a) throws SQLException {
        if (!a.visible()) return remove(zone, a.recordName());
        Album old = album(zone, a.recordName());
        if (a.equals(old)) return false;
        if (old != null) db.update("UPDATE assets SET dirty = 1 WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.zone = ?"
                + " AND m.album_id = ? AND m.zone = assets.zone AND m.asset_id = assets.id)", zone, a.recordName());
        db.update("INSERT INTO albums(zone, id, name, album_type, parent_id, position) VALUES(?,?,?,?,?,?)"
                        + " ON CONFLICT(zone, id) DO UPDATE SET name = excluded.name, album_type = excluded.album_type,"
                        + " parent_id = excluded.parent_id, position = excluded.position",
                zone, a.recordName(), a.name(), a.albumType(), a.parentId(), a.position());
        return true;
    }

    public boolean remove(String zone, String albumId) throws SQLException {
        db.update("UPDATE assets SET dirty = 1 WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.zone = ?"
                + " AND m.album_id = ? AND m.zone = assets.zone AND m.asset_id = assets.id)", zone, albumId);
        int n = db.update("DELETE FROM albums WHERE zone = ? AND id = ?", zone, albumId);
        n += db.update("DELETE FROM memberships WHERE zone = ? AND album_id = ?", zone, albumId);
        return n > 0;
    }

    public Album album(String zone, String id) throws SQLException {
        return db.one("SELECT id, name, album_type, parent_id, position FROM albums WHERE zone = ? AND id = ?",
                rs -> new Album(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5), false), zone, id);
    }

    public List<Album> all(String zone) throws SQLException {
        return db.query("SELECT id, name, album_type, parent_id, position FROM albums WHERE zone = ? ORDER BY position, id",
                rs -> new Album(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5), false), zone);
    }

    public List<String> zones() throws SQLException {
        return db.query("SELECT DISTINCT zone FROM albums ORDER BY zone", rs -> rs.getString(1));
    }

    /** Adds a membership; the asset becomes dirty (album filters may now select it). */
    public boolean addMember(String zone, String albumId, String assetId) throws SQLException {
        boolean changed = db.update("INSERT OR IGNORE INTO memberships(zone, album_id, asset_id) VALUES(?,?,?)", zone, albumId, assetId) > 0;
        if (changed) db.update(DIRTY_ASSET, zone, assetId);
        return changed;
    }

    public boolean removeMember(String zone, String albumId, String assetId) throws SQLException {
        boolean changed = db.update("DELETE FROM memberships WHERE zone = ? AND album_id = ? AND asset_id = ?", zone, albumId, assetId) > 0;
        if (changed) db.update(DIRTY_ASSET, zone, assetId);
        return changed;
    }

    /**
     * Replaces the whole album tree and membership of a zone; returns whether anything changed. Album
     * listings leave out hidden and trashed assets, so the memberships of assets not visible now are kept:
     * unhiding or restoring brings back the asset record alone. Visible means listed in this listing
     * ({@code gen}): an asset trashed since the last sync still looks visible in the state until the sweep
     * after the listing, and losing its memberships then left a restored asset out of its albums.
     */
    public boolean replace(String zone, Collection<Album> albums, Map<String, List<String>> members, long gen) throws SQLException {
        clearStaged(zone);
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            stage(zone, e.getKey(), e.getValue());
            stagedComplete(zone, e.getKey());
        }
        return replaceFromStaged(zone, albums, gen);
    }

    /** Forgets what an earlier listing staged (finished or cut short by a crash). */
    public void clearStaged(String zone) throws SQLException {
        db.update("DELETE FROM staged_memberships WHERE zone = ?", zone);
        db.update("DELETE FROM staged_albums WHERE zone = ?", zone);
    }

    /** Stages one page of an album's members; returns how many were not staged before. */
    public int stage(String zone, String albumId, List<String> assetIds) throws SQLException {
        int added = 0;
        for (String id : assetIds) {
            added += db.update("INSERT OR IGNORE INTO staged_memberships(zone, album_id, asset_id) VALUES(?,?,?)", zone, albumId, id);
        }
        return added;
    }

    /** Marks an album's staged members as its whole membership. */
    public void stagedComplete(String zone, String albumId) throws SQLException {
        db.update("INSERT OR IGNORE INTO staged_albums(zone, album_id) VALUES(?,?)", zone, albumId);
    }

    /**
     * {@link #replace} from what was staged: the album tree as given, and the memberships of each album whose
     * staging is complete (an album staged only in part keeps its memberships). Empties the staging.
     */
    public boolean replaceFromStaged(String zone, Collection<Album> albums, long gen) throws SQLException {
        boolean changed = false;
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (Album a : albums) {
            if (!a.visible()) continue;
            keep.add(a.recordName());
            changed |= put(zone, a);
        }
        for (Album old : all(zone)) {
            if (!keep.contains(old.recordName())) changed |= remove(zone, old.recordName());
        }
        db.update("UPDATE assets SET dirty = 1 WHERE zone = ? AND id IN (SELECT m.asset_id FROM memberships m WHERE m.zone = ?"
                + goneFromStaged("m") + ")", zone, zone, gen);
        changed |= db.update("DELETE FROM memberships WHERE zone = ?" + goneFromStaged("memberships"), zone, gen) > 0;
        String fresh = "FROM staged_memberships s WHERE s.zone = ? AND s.album_id IN (SELECT album_id FROM staged_albums WHERE zone = s.zone)"
                + " AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.zone = s.zone AND m.album_id = s.album_id AND m.asset_id = s.asset_id)";
        db.update("UPDATE assets SET dirty = 1 WHERE zone = ? AND id IN (SELECT s.asset_id " + fresh + ")", zone, zone);
        changed |= db.update("INSERT OR IGNORE INTO memberships(zone, album_id, asset_id) SELECT s.zone, s.album_id, s.asset_id " + fresh, zone) > 0;
        clearStaged(zone);
        return changed;
    }

    /**
     * Memberships (table alias {@code m}) of a completely staged album that its staging lacks, of assets this
     * listing ({@code gen}, the one parameter) saw visible: the rest may be hidden or trashed, not gone.
     */
    private static String goneFromStaged(String m) {
        return " AND " + m + ".album_id IN (SELECT album_id FROM staged_albums WHERE zone = " + m + ".zone)"
                + " AND NOT EXISTS (SELECT 1 FROM staged_memberships s WHERE s.zone = " + m + ".zone AND s.album_id = " + m + ".album_id"
                + " AND s.asset_id = " + m + ".asset_id)"
                + " AND EXISTS (SELECT 1 FROM assets a WHERE a.zone = " + m + ".zone AND a.id = " + m + ".asset_id AND a.removed = 0"
                + " AND a.hidden = 0 AND a.trashed = 0 AND a.seen >= ?)";
    }

    public List<String> members(String zone, String albumId) throws SQLException {
        return db.query("SELECT asset_id FROM memberships WHERE zone = ? AND album_id = ? ORDER BY asset_id",
                rs -> rs.getString(1), zone, albumId);
    }

    /** Streams an album's members (asset ids, in order) to {@code member}, without holding them. */
    public void eachMember(String zone, String albumId, StateDb.Sink<String> member) throws SQLException {
        db.each("SELECT asset_id FROM memberships WHERE zone = ? AND album_id = ? ORDER BY asset_id", rs -> rs.getString(1), member,
                zone, albumId);
    }

    public List<String> albumsOf(String zone, String assetId) throws SQLException {
        return db.query("SELECT album_id FROM memberships WHERE zone = ? AND asset_id = ?", rs -> rs.getString(1), zone, assetId);
    }

    /**
     * Streams the entries whose path starts with {@code prefix} (path, "mode:target"), by path, without holding them:
     * a range of the primary key, as '0' follows '/'.
     */
    public void eachEntryUnder(String prefix, StateDb.Sink<String[]> entry) throws SQLException {
        if (!prefix.endsWith("/")) throw new IllegalArgumentException("not a folder: " + prefix);
        db.each("SELECT path, target FROM album_entries WHERE path >= ? AND path < ? ORDER BY path",
                rs -> new String[]{rs.getString(1), rs.getString(2)}, entry, prefix, prefix.substring(0, prefix.length() - 1) + "0");
    }

    public void putEntry(String path, String target) throws SQLException {
        db.update("INSERT INTO album_entries(path, target) VALUES(?, ?) ON CONFLICT(path) DO UPDATE SET target = excluded.target",
                path, target);
    }

    public void removeEntry(String path) throws SQLException {
        db.update("DELETE FROM album_entries WHERE path = ?", path);
    }
}

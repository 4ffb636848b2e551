package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.AssetMetadata;
import dev.orchard.icloud.photos.model.Utis;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table {@code sidecars}: the XMP files Orchard wrote beside an asset's files, with the digest of what each says, so
 * a sync rewrites only those whose facts changed. Also the batched reads the sidecar pass needs.
 */
public final class SidecarStore {
    private static final String ON_DISK = "('PRESENT', 'KEPT')";
    private final StateDb db;

    public SidecarStore(StateDb db) {
        this.db = db;
    }

    public record Sidecar(String path, String zone, String assetId, String digest) {
    }

    /** An asset as a sidecar describes it. */
    public record Described(String zone, String id, long assetDate, int timeZoneOffset, boolean favorite, boolean hidden,
                            boolean video, AssetMetadata meta) {
    }

    /** Who holds {@code path} (compared as {@link FileStore#key} does), or null. */
    public Sidecar holder(String path) throws SQLException {
        return db.one("SELECT path, zone, asset_id, digest FROM sidecars WHERE path_key = ?", SidecarStore::sidecar, FileStore.key(path));
    }

    public void put(String path, String zone, String assetId, String digest) throws SQLException {
        db.update("DELETE FROM sidecars WHERE path_key = ?", FileStore.key(path));
        db.update("INSERT INTO sidecars(path, path_key, zone, asset_id, digest) VALUES(?,?,?,?,?)", path, FileStore.key(path), zone,
                assetId, digest);
    }

    public void delete(String path) throws SQLException {
        db.update("DELETE FROM sidecars WHERE path = ?", path);
    }

    public long count() throws SQLException {
        return db.count("SELECT COUNT(*) FROM sidecars");
    }

    public List<Sidecar> all() throws SQLException {
        return db.query("SELECT path, zone, asset_id, digest FROM sidecars ORDER BY path", SidecarStore::sidecar);
    }

    /** Sidecars whose asset has no file in the library any more (gone from iCloud, left the selection). */
    public List<Sidecar> orphans() throws SQLException {
        return db.query("SELECT s.path, s.zone, s.asset_id, s.digest FROM sidecars s WHERE NOT EXISTS (SELECT 1 FROM files f"
                + " WHERE f.zone = s.zone AND f.asset_id = s.asset_id)", SidecarStore::sidecar);
    }

    /**
     * The next {@code limit} (zone, asset id) pairs after the given one that have a file on disk, in order; with
     * {@code onlyDirty}, only assets still marked dirty (changed since the last settled sync).
     */
    public List<String[]> assetsWithFiles(String afterZone, String afterId, int limit, boolean onlyDirty) throws SQLException {
        String dirty = onlyDirty ? " AND EXISTS (SELECT 1 FROM assets a WHERE a.zone = f.zone AND a.id = f.asset_id AND a.dirty = 1)" : "";
        return db.query("SELECT DISTINCT f.zone, f.asset_id FROM files f WHERE f.state IN " + ON_DISK + dirty
                        + " AND (f.zone, f.asset_id) > (?, ?) ORDER BY f.zone, f.asset_id LIMIT ?",
                rs -> new String[]{rs.getString(1), rs.getString(2)}, afterZone, afterId, limit);
    }

    public Map<String, Described> described(String zone, List<String> ids) throws SQLException {
        Map<String, Described> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        for (Described d : db.query("SELECT a.id, a.asset_date, a.tz_offset, a.favorite, a.hidden, m.data_class, m.item_type, "
                        + AssetMetaStore.columns("x") + " FROM assets a LEFT JOIN masters m ON m.zone = a.zone AND m.id = a.master_id"
                        + " LEFT JOIN asset_meta x ON x.zone = a.zone AND x.id = a.id WHERE a.zone = ? AND a.id IN ("
                        + AssetStore.marks(ids.size()) + ")",
                rs -> new Described(zone, rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4) == 1, rs.getInt(5) == 1,
                        rs.getInt(6) == 2 || Utis.isMovie(rs.getString(7)), AssetMetaStore.read(rs, 7)),
                AssetStore.params(zone, ids))) {
            out.put(d.id(), d);
        }
        return out;
    }

    /** Album ids of each asset. */
    public Map<String, List<String>> albums(String zone, List<String> ids) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        for (String[] r : db.query("SELECT asset_id, album_id FROM memberships WHERE zone = ? AND asset_id IN ("
                + AssetStore.marks(ids.size()) + ")", rs -> new String[]{rs.getString(1), rs.getString(2)}, AssetStore.params(zone, ids))) {
            out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
        return out;
    }

    /** The sidecars of each asset. */
    public Map<String, List<Sidecar>> ofAssets(String zone, List<String> ids) throws SQLException {
        Map<String, List<Sidecar>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        for (Sidecar s : db.query("SELECT path, zone, asset_id, digest FROM sidecars WHERE zone = ? AND asset_id IN ("
                + AssetStore.marks(ids.size()) + ")", SidecarStore::sidecar, AssetStore.params(zone, ids))) {
            out.computeIfAbsent(s.assetId(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private static Sidecar sidecar(java.sql.ResultSet rs) throws SQLException {
        return new Sidecar(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}

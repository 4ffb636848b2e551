package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Masters, assets and their resources as iCloud last described them. Writing an asset that differs from
 * what is stored marks it dirty, so the planner looks at it again; writing the same thing again does not.
 */
public final class AssetStore {
    private final StateDb db;

    public AssetStore(StateDb db) {
        this.db = db;
    }

    /** Stores a master and its resources; assets using it become dirty when it changed. */
    public void putMaster(String zone, Master m) throws SQLException {
        String fp = Fingerprints.of(m);
        int changed = db.update("UPDATE masters SET filename = ?, item_type = ?, data_class = ?, change_tag = ?, fp = ?"
                + " WHERE zone = ? AND id = ? AND fp IS NOT ?", m.filename(), m.itemType(), m.dataClassType(), m.changeTag(), fp,
                zone, m.recordName(), fp);
        if (changed > 0) {
            db.update("UPDATE assets SET dirty = 1 WHERE zone = ? AND master_id = ?", zone, m.recordName());
        } else if (db.update("INSERT OR IGNORE INTO masters(zone, id, filename, item_type, data_class, change_tag, fp)"
                + " VALUES(?,?,?,?,?,?,?)", zone, m.recordName(), m.filename(), m.itemType(), m.dataClassType(), m.changeTag(), fp) == 0) {
            return;
        }
        replaceResources(zone, m.recordName(), m.resources());
    }

    /**
     * Stores an asset seen in listing generation {@code seen} (0: not from a listing); returns whether it is
     * new or changed (it is then dirty).
     */
    public boolean putAsset(String zone, Asset a, long seen) throws SQLException {
        String fp = Fingerprints.of(a);
        int changed = db.update("UPDATE assets SET master_id = ?, change_tag = ?, asset_date = ?, added_date = ?, tz_offset = ?,"
                        + " favorite = ?, hidden = ?, trashed = ?, subtype = ?, adjustment = ?, asset_subtype = ?, burst_id = ?, fp = ?,"
                        + " removed = 0, dirty = 1, seen = MAX(seen, ?) WHERE zone = ? AND id = ? AND (fp IS NOT ? OR removed = 1)",
                a.masterId(), a.changeTag(), a.assetDate(), a.addedDate(), a.timeZoneOffset(), a.favorite(), a.hidden(), a.trashed(),
                a.subtypeV2(), a.adjustmentType(), a.subtype(), a.burstId(), fp, seen, zone, a.recordName(), fp);
        if (changed == 0) {
            changed = db.update("INSERT OR IGNORE INTO assets(zone, id, master_id, change_tag, asset_date, added_date, tz_offset,"
                            + " favorite, hidden, trashed, removed, subtype, adjustment, asset_subtype, burst_id, seen, dirty, fp)"
                            + " VALUES(?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,1,?)",
                    zone, a.recordName(), a.masterId(), a.changeTag(), a.assetDate(), a.addedDate(), a.timeZoneOffset(), a.favorite(),
                    a.hidden(), a.trashed(), a.subtypeV2(), a.adjustmentType(), a.subtype(), a.burstId(), seen, fp);
        }
        if (changed == 0) {
            db.update("UPDATE assets SET seen = MAX(seen, ?), change_tag = ? WHERE zone = ? AND id = ?"
                    + " AND (seen < ? OR change_tag IS NOT ?)", seen, a.changeTag(), zone, a.recordName(), seen, a.changeTag());
            return false;
        }
        replaceResources(zone, a.recordName(), a.resources());
        AssetMetaStore.put(db, zone, a.recordName(), a.meta());
        return true;
    }

    private void replaceResources(String zone, String owner, Map<ResourceRole, Resource> resources) throws SQLException {
        db.update("DELETE FROM resources WHERE zone = ? AND owner = ?", zone, owner);
        for (Resource r : resources.values()) {
            db.update("INSERT INTO resources(zone, owner, role, checksum, size, file_type) VALUES(?,?,?,?,?,?)",
                    zone, owner, r.role(), r.checksum(), r.size(), r.fileType());
        }
    }

    /** The asset went away from iCloud (purged, or no longer in any listing). */
    public void markRemoved(String zone, String assetId) throws SQLException {
        db.update("UPDATE assets SET removed = 1, dirty = 1 WHERE zone = ? AND id = ? AND removed = 0", zone, assetId);
    }

    /** Assets of {@code zone} not seen since listing generation {@code gen} become removed; returns how many. */
    public int sweepUnseen(String zone, long gen) throws SQLException {
        return db.update("UPDATE assets SET removed = 1, dirty = 1 WHERE zone = ? AND seen < ? AND removed = 0", zone, gen);
    }

    public void markSeen(String zone, String assetId, long gen) throws SQLException {
        db.update("UPDATE assets SET seen = MAX(seen, ?) WHERE zone = ? AND id = ?", gen, zone, assetId);
    }

    public void deleteMaster(String zone, String masterId) throws SQLException {
        db.update("DELETE FROM masters WHERE zone = ? AND id = ?", zone, masterId);
        db.update("DELETE FROM resources WHERE zone = ? AND owner = ?", zone, masterId);
        db.update("UPDATE assets SET removed = 1, dirty = 1 WHERE zone = ? AND master_id = ?", zone, masterId);
    }

    public boolean hasAsset(String zone, String id) throws SQLException {
        return db.count("SELECT COUNT(*) FROM assets WHERE zone = ? AND id = ?", zone, id) > 0;
    }

    public boolean hasMaster(String zone, String id) throws SQLException {
        return db.count("SELECT COUNT(*) FROM masters WHERE zone = ? AND id = ?", zone, id) > 0;
    }

    /** Master ids that stored assets point to but that are not stored. */
    public List<String> missingMasters(String zone) throws SQLException {
        return db.query("SELECT DISTINCT a.master_id FROM assets a LEFT JOIN masters m ON m.zone = a.zone AND m.id = a.master_id"
                + " WHERE a.zone = ? AND a.removed = 0 AND a.master_id IS NOT NULL AND m.id IS NULL", rs -> rs.getString(1), zone);
    }

    /** Live (not removed, not trashed, not hidden) assets of a zone. */
    public long visibleCount(String zone, long seenSince) throws SQLException {
        return db.count("SELECT COUNT(*) FROM assets WHERE zone = ? AND removed = 0 AND trashed = 0 AND hidden = 0 AND seen >= ?",
                zone, seenSince);
    }

    public long maxSeen() throws SQLException {
        return db.count("SELECT COALESCE(MAX(seen), 0) FROM assets");
    }

    public Master master(String zone, String id) throws SQLException {
        Master m = db.one("SELECT id, filename, item_type, data_class, change_tag FROM masters WHERE zone = ? AND id = ?",
                rs -> new Master(rs.getString(1), zone, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), Map.of()),
                zone, id);
        return m == null ? null : new Master(m.recordName(), zone, m.filename(), m.itemType(), m.dataClassType(), m.changeTag(),
                resources(zone, id));
    }

    public Asset asset(String zone, String id) throws SQLException {
        Asset a = db.one("SELECT " + ASSET_COLUMNS + " FROM assets WHERE zone = ? AND id = ?", rs -> asset(zone, rs, Map.of()), zone, id);
        return a == null ? null : withResources(a, resources(zone, id));
    }

    static final String ASSET_COLUMNS = "id, master_id, change_tag, asset_date, added_date, tz_offset, favorite, hidden,"
            + " trashed, subtype, adjustment, asset_subtype, burst_id";

    static Asset asset(String zone, ResultSet rs, Map<ResourceRole, Resource> res) throws SQLException {
        return asset(zone, rs, 0, res);
    }

    /** An asset from {@link #ASSET_COLUMNS} starting after column {@code skip}. */
    static Asset asset(String zone, ResultSet rs, int skip, Map<ResourceRole, Resource> res) throws SQLException {
        int c = skip;
        return new Asset(rs.getString(c + 1), zone, rs.getString(c + 2), rs.getString(c + 3), rs.getLong(c + 4), rs.getLong(c + 5),
                rs.getInt(c + 6), rs.getInt(c + 7) == 1, rs.getInt(c + 8) == 1, rs.getInt(c + 9) == 1, rs.getInt(c + 10),
                rs.getString(c + 11), rs.getInt(c + 12), rs.getString(c + 13), res);
    }

    private static Asset withResources(Asset a, Map<ResourceRole, Resource> res) {
        return new Asset(a.recordName(), a.zoneName(), a.masterId(), a.changeTag(), a.assetDate(), a.addedDate(),
                a.timeZoneOffset(), a.favorite(), a.hidden(), a.trashed(), a.subtypeV2(), a.adjustmentType(), a.subtype(), a.burstId(),
                Map.copyOf(res));
    }

    public Map<ResourceRole, Resource> resources(String zone, String owner) throws SQLException {
        Map<ResourceRole, Resource> out = new EnumMap<>(ResourceRole.class);
        for (Resource r : db.query("SELECT role, checksum, size, file_type FROM resources WHERE zone = ? AND owner = ?",
                AssetStore::resource, zone, owner)) {
            if (r != null) out.put(r.role(), r);
        }
        return out;
    }

    private static Resource resource(ResultSet rs) throws SQLException {
        return resource(rs, 0);
    }

    /** A resource (without URL) from (role, checksum, size, file_type) after column {@code skip}; null for unknown roles. */
    private static Resource resource(ResultSet rs, int skip) throws SQLException {
        ResourceRole role;
        try {
            role = ResourceRole.valueOf(rs.getString(skip + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Resource(role, rs.getString(skip + 2), rs.getLong(skip + 3), rs.getString(skip + 4), null);
    }

    /** The stored asset with its master, or null when either is unknown. */
    public StoredAsset stored(String zone, String id) throws SQLException {
        Asset a = asset(zone, id);
        if (a == null) return null;
        Boolean removed = db.one("SELECT removed FROM assets WHERE zone = ? AND id = ?", rs -> rs.getInt(1) == 1, zone, id);
        Master m = a.masterId() == null ? null : master(zone, a.masterId());
        return new StoredAsset(zone, a, m, Boolean.TRUE.equals(removed), 0);
    }

    /**
     * The next {@code limit} dirty assets after {@code after}, oldest capture first (so the first photo of
     * a name keeps it plain), with their masters and resources, read in a few set-based queries along the
     * dirty index. The last result is the cursor for the next call ({@code null}: from the start).
     */
    public List<StoredAsset> dirtyBatch(StoredAsset after, int limit) throws SQLException {
        long date = after == null ? Long.MIN_VALUE : after.asset().assetDate();
        long row = after == null ? Long.MIN_VALUE : after.row();
        List<Object[]> rows = db.query("SELECT zone, removed, rowid, " + ASSET_COLUMNS + " FROM assets WHERE dirty = 1"
                        + " AND (asset_date, rowid) > (?, ?) ORDER BY asset_date, rowid LIMIT ?",
                rs -> new Object[]{rs.getString(1), rs.getInt(2) == 1, asset(rs.getString(1), rs, 3, Map.of()), rs.getLong(3)},
                date, row, limit);
        Map<String, List<Object[]>> byZone = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) byZone.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
        List<StoredAsset> out = new ArrayList<>(rows.size());
        for (Map.Entry<String, List<Object[]>> e : byZone.entrySet()) {
            String z = e.getKey();
            List<String> owners = new ArrayList<>();
            List<String> masterIds = new ArrayList<>();
            for (Object[] r : e.getValue()) {
                Asset a = (Asset) r[2];
                owners.add(a.recordName());
                if (a.masterId() != null) {
                    owners.add(a.masterId());
                    masterIds.add(a.masterId());
                }
            }
            Map<String, Map<ResourceRole, Resource>> res = resourcesOf(z, owners);
            Map<String, Master> masters = new java.util.HashMap<>();
            for (Master m : db.query("SELECT id, filename, item_type, data_class, change_tag FROM masters WHERE zone = ? AND id IN ("
                            + marks(masterIds.size()) + ")",
                    rs -> new Master(rs.getString(1), z, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), Map.of()),
                    params(z, masterIds))) {
                masters.put(m.recordName(), new Master(m.recordName(), z, m.filename(), m.itemType(), m.dataClassType(), m.changeTag(),
                        Map.copyOf(res.getOrDefault(m.recordName(), Map.of()))));
            }
            for (Object[] r : e.getValue()) {
                Asset a = withResources((Asset) r[2], res.getOrDefault(((Asset) r[2]).recordName(), Map.of()));
                out.add(new StoredAsset(z, a, a.masterId() == null ? null : masters.get(a.masterId()), (Boolean) r[1], (Long) r[3]));
            }
        }
        out.sort(java.util.Comparator.comparingLong((StoredAsset x) -> x.asset().assetDate()).thenComparingLong(StoredAsset::row));
        return out;
    }

    private Map<String, Map<ResourceRole, Resource>> resourcesOf(String zone, List<String> owners) throws SQLException {
        Map<String, Map<ResourceRole, Resource>> out = new java.util.HashMap<>();
        if (owners.isEmpty()) return out;
        for (Object[] r : db.query("SELECT owner, role, checksum, size, file_type FROM resources WHERE zone = ? AND owner IN ("
                + marks(owners.size()) + ")", rs -> new Object[]{rs.getString(1), resource(rs, 1)}, params(zone, owners))) {
            if (r[1] != null) out.computeIfAbsent((String) r[0], k -> new EnumMap<>(ResourceRole.class)).put(((Resource) r[1]).role(), (Resource) r[1]);
        }
        return out;
    }

    static String marks(int n) {
        return n == 0 ? "NULL" : "?" + ",?".repeat(n - 1);
    }

    static Object[] params(String first, List<String> rest) {
        Object[] p = new Object[rest.size() + 1];
        p[0] = first;
        for (int i = 0; i < rest.size(); i++) p[i + 1] = rest.get(i);
        return p;
    }

    public long dirtyCount() throws SQLException {
        return db.count("SELECT COUNT(*) FROM assets WHERE dirty = 1");
    }

    public void markAllDirty() throws SQLException {
        db.update("UPDATE assets SET dirty = 1 WHERE dirty = 0");
    }

    public void markDirty(String zone, String id) throws SQLException {
        db.update("UPDATE assets SET dirty = 1 WHERE zone = ? AND id = ?", zone, id);
    }

    /** Clears the dirty mark of assets whose files are all in place. */
    public int settleDirty() throws SQLException {
        return db.update("UPDATE assets SET dirty = 0 WHERE dirty = 1 AND NOT EXISTS (SELECT 1 FROM files f"
                + " WHERE f.zone = assets.zone AND f.asset_id = assets.id AND f.state <> 'PRESENT' AND f.state <> 'KEPT')"
                + " AND (removed = 1 OR trashed = 1 OR EXISTS (SELECT 1 FROM masters m WHERE m.zone = assets.zone"
                + " AND m.id = assets.master_id))");
    }

    /**
     * Forgets assets that are gone from iCloud and have nothing left on disk. Their album memberships stay:
     * an asset a full listing could not see may only be hidden, and unhiding it brings back the asset record
     * alone, not its memberships.
     */
    public void forgetRemoved() throws SQLException {
        List<String[]> gone = db.query("SELECT zone, id, master_id FROM assets a WHERE removed = 1 AND dirty = 0"
                + " AND NOT EXISTS (SELECT 1 FROM files f WHERE f.zone = a.zone AND f.asset_id = a.id)",
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
        for (String[] g : gone) {
            db.update("DELETE FROM resources WHERE zone = ? AND owner = ?", g[0], g[1]);
            db.update("DELETE FROM assets WHERE zone = ? AND id = ?", g[0], g[1]);
            AssetMetaStore.put(db, g[0], g[1], null);
            if (g[2] != null && db.count("SELECT COUNT(*) FROM assets WHERE zone = ? AND master_id = ?", g[0], g[2]) == 0) {
                db.update("DELETE FROM masters WHERE zone = ? AND id = ?", g[0], g[2]);
                db.update("DELETE FROM resources WHERE zone = ? AND owner = ?", g[0], g[2]);
            }
        }
    }


    /** An asset as stored, with its master (null if unknown), whether iCloud dropped it, and its row. */
    public record StoredAsset(String zone, Asset asset, Master master, boolean removed, long row) {
        public PhotoAsset photoAsset() {
            return master == null ? null : new PhotoAsset(asset, master);
        }
    }
}

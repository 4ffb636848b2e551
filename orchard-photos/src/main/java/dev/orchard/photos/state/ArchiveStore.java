package dev.orchard.photos.state;

import dev.orchard.photos.report.ArchiveRun;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The archive tables of the state database: runs ({@code archives}), pinned assets ({@code archived_assets}),
 * frozen album folders ({@code frozen_albums}, {@code frozen_entries}) and the request journal
 * ({@code archive_journal}).
 */
public final class ArchiveStore {
    private final StateDb db;

    public ArchiveStore(StateDb db) {
        this.db = db;
    }

    /** An asset a request was sent for and whose outcome is not settled yet. */
    public record Pending(String zone, String assetId, long archiveId, String changeTag) {
    }

    public long start(String rule, boolean keepInICloud, long now) throws SQLException {
        db.update("INSERT INTO archives(rule, keep_in_icloud, started) VALUES(?,?,?)", rule, keepInICloud, now);
        return db.count("SELECT MAX(id) FROM archives");
    }

    /** Ends a run; its removed count and bytes grew as iCloud confirmed each batch ({@link #addRemoved}). */
    public void finish(long id, long now, long kept, long skipped) throws SQLException {
        db.update("UPDATE archives SET finished = ?, kept = ?, skipped = ? WHERE id = ?", now, kept, skipped, id);
    }

    public List<ArchiveRun> runs() throws SQLException {
        return db.query("SELECT id, rule, keep_in_icloud, started, finished, kept, removed, skipped, bytes_freed FROM archives"
                + " ORDER BY id", rs -> new ArchiveRun(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, rs.getLong(4),
                rs.getObject(5) == null ? null : rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    }

    /** Totals over every archive: assets that left iCloud, bytes freed. */
    public long[] totals() throws SQLException {
        List<long[]> r = db.query("SELECT (SELECT COUNT(*) FROM archived_assets WHERE left_icloud = 1),"
                + " (SELECT COALESCE(SUM(bytes_freed), 0) FROM archives)", rs -> new long[]{rs.getLong(1), rs.getLong(2)});
        return r.get(0);
    }

    public void pin(String zone, String assetId, long archiveId, long now) throws SQLException {
        db.update("INSERT OR IGNORE INTO archived_assets(zone, asset_id, archive_id, archived_at) VALUES(?,?,?,?)",
                zone, assetId, archiveId, now);
    }

    /** Takes back a pin of this run's for an asset that stays in iCloud after all. */
    public void unpin(String zone, String assetId, long archiveId) throws SQLException {
        db.update("DELETE FROM archived_assets WHERE zone = ? AND asset_id = ? AND archive_id = ? AND left_icloud = 0",
                zone, assetId, archiveId);
    }

    /** iCloud confirmed the asset is in Recently Deleted (or gone); the run that sent it counts it as removed. */
    public void leftICloud(String zone, String assetId) throws SQLException {
        db.update("UPDATE archived_assets SET left_icloud = 1 WHERE zone = ? AND asset_id = ?", zone, assetId);
    }

    public boolean hasLeft(String zone, String assetId) throws SQLException {
        return db.count("SELECT COUNT(*) FROM archived_assets WHERE zone = ? AND asset_id = ? AND left_icloud = 1", zone, assetId) > 0;
    }

    public void addRemoved(long archiveId, long n, long bytes) throws SQLException {
        db.update("UPDATE archives SET removed = removed + ?, bytes_freed = bytes_freed + ? WHERE id = ?", n, bytes, archiveId);
    }

    /** The size in iCloud of an asset's files as last listed (its master's and its own resources). */
    public long icloudBytes(String zone, String assetId) throws SQLException {
        return db.count("SELECT COALESCE(SUM(MAX(r.size, 0)), 0) FROM resources r JOIN assets a ON a.zone = r.zone"
                + " AND (r.owner = a.id OR r.owner = a.master_id) WHERE a.zone = ? AND a.id = ?", zone, assetId);
    }

    public void freeze(String zone, String albumId, long archiveId, Map<String, String> entries) throws SQLException {
        if (db.update("INSERT OR IGNORE INTO frozen_albums(zone, album_id, archive_id) VALUES(?,?,?)", zone, albumId, archiveId) == 0) {
            return;
        }
        for (Map.Entry<String, String> e : entries.entrySet()) {
            db.update("INSERT OR IGNORE INTO frozen_entries(path, target, zone, album_id) VALUES(?,?,?,?)",
                    e.getKey(), e.getValue(), zone, albumId);
        }
    }

    public void journal(String zone, String assetId, long archiveId, String changeTag, long now) throws SQLException {
        db.update("INSERT INTO archive_journal(zone, asset_id, archive_id, change_tag, sent_at) VALUES(?,?,?,?,?)"
                + " ON CONFLICT(zone, asset_id) DO UPDATE SET archive_id = excluded.archive_id, change_tag = excluded.change_tag,"
                + " sent_at = excluded.sent_at", zone, assetId, archiveId, changeTag, now);
    }

    public void settle(String zone, String assetId) throws SQLException {
        db.update("DELETE FROM archive_journal WHERE zone = ? AND asset_id = ?", zone, assetId);
    }

    public List<Pending> pending() throws SQLException {
        return db.query("SELECT zone, asset_id, archive_id, change_tag FROM archive_journal ORDER BY zone, asset_id",
                rs -> new Pending(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
    }

    // ---- what later syncs must leave alone

    /** Whether any asset is pinned: the fast answer for the common library that was never archived. */
    public static boolean anyPinned(StateDb db) throws SQLException {
        return db.count("SELECT EXISTS(SELECT 1 FROM archived_assets)") > 0;
    }

    public static boolean pinned(StateDb db, String zone, String assetId) throws SQLException {
        return db.count("SELECT COUNT(*) FROM archived_assets WHERE zone = ? AND asset_id = ?", zone, assetId) > 0;
    }

    /** Album ids (as {@code zone + "\n" + id}) whose folders are frozen. */
    public static java.util.Set<String> frozenAlbums(StateDb db) throws SQLException {
        return new java.util.HashSet<>(db.query("SELECT zone || char(10) || album_id FROM frozen_albums", rs -> rs.getString(1)));
    }

    /** Streams the entries of frozen album folders (entry path, link spec it was made with), by path. */
    public static void eachFrozenEntry(StateDb db, StateDb.Sink<String[]> entry) throws SQLException {
        db.each("SELECT path, target FROM frozen_entries ORDER BY path", rs -> new String[]{rs.getString(1), rs.getString(2)}, entry);
    }
}

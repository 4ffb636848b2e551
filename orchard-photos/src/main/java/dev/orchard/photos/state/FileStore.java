package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.ResourceRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The files Orchard owns. A path is claimed (row in state PLANNED) before its download starts, so no two
 * assets can ever be given the same name, even on a case-insensitive file system: claims compare a folded key.
 */
public final class FileStore {
    private static final String COLUMNS = "path, zone, asset_id, role, checksum, size, state, verified, problem";
    private final StateDb db;

    public FileStore(StateDb db) {
        this.db = db;
    }

    public static String key(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public List<FileRecord> ofAsset(String zone, String assetId) throws SQLException {
        return db.query("SELECT " + COLUMNS + " FROM files WHERE zone = ? AND asset_id = ?", FileStore::map, zone, assetId);
    }

    /** The files of several assets of one zone, by asset id. */
    public java.util.Map<String, List<FileRecord>> ofAssets(String zone, List<String> assetIds) throws SQLException {
        java.util.Map<String, List<FileRecord>> out = new java.util.HashMap<>();
        if (assetIds.isEmpty()) return out;
        for (FileRecord f : db.query("SELECT " + COLUMNS + " FROM files WHERE zone = ? AND asset_id IN ("
                + AssetStore.marks(assetIds.size()) + ")", FileStore::map, AssetStore.params(zone, assetIds))) {
            out.computeIfAbsent(f.assetId(), k -> new java.util.ArrayList<>()).add(f);
        }
        return out;
    }

    /** Who holds {@code path} (compared case-insensitively), or null. */
    public FileRecord holder(String path) throws SQLException {
        return db.one("SELECT " + COLUMNS + " FROM files WHERE path_key = ?", FileStore::map, key(path));
    }

    public void claim(FileRecord f) throws SQLException {
        db.update("INSERT INTO files(" + COLUMNS + ", path_key, verified_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                f.path(), f.zone(), f.assetId(), f.role(), f.checksum(), f.size(), f.state(), f.verified(), f.problem(), key(f.path()),
                f.verified() ? System.currentTimeMillis() : null);
    }

    public void delete(String path) throws SQLException {
        db.update("DELETE FROM files WHERE path = ?", path);
    }

    public void move(String from, String to) throws SQLException {
        db.update("UPDATE files SET path = ?, path_key = ? WHERE path = ?", to, key(to), from);
    }

    /** A file that was verified before and still is keeps its time of verification; a newly verified one gets now. */
    public void setState(String path, FileState state, boolean verified, String problem) throws SQLException {
        db.update("UPDATE files SET state = ?, verified_at = CASE WHEN ? THEN (CASE WHEN verified = 1 THEN IFNULL(verified_at, ?) ELSE ? END)"
                + " END, verified = ?, problem = ? WHERE path = ?", state, verified, System.currentTimeMillis(), System.currentTimeMillis(),
                verified, problem, path);
    }

    /** {@code photos verify} found the file's bytes matching iCloud's checksum just now. */
    public void markVerified(String path, long at) throws SQLException {
        db.update("UPDATE files SET verified = 1, verified_at = ? WHERE path = ?", at, path);
    }

    /** When the file last matched iCloud's checksum (epoch millis), or null. */
    public Long verifiedAt(String path) throws SQLException {
        return db.one("SELECT verified_at FROM files WHERE path = ?", rs -> rs.getObject(1) == null ? null : rs.getLong(1), path);
    }

    public void setProblem(String path, String problem) throws SQLException {
        db.update("UPDATE files SET problem = ? WHERE path = ?", problem, path);
    }

    public List<FileRecord> present() throws SQLException {
        return db.query("SELECT " + COLUMNS + " FROM files WHERE state = 'PRESENT' ORDER BY path", FileStore::map);
    }

    public List<FileRecord> withProblems() throws SQLException {
        return db.query("SELECT " + COLUMNS + " FROM files WHERE problem IS NOT NULL ORDER BY path", FileStore::map);
    }

    public long countPresent() throws SQLException {
        return db.count("SELECT COUNT(*) FROM files WHERE state = 'PRESENT'");
    }

    public long countUnverified() throws SQLException {
        return db.count("SELECT COUNT(*) FROM files WHERE state = 'PRESENT' AND verified = 0");
    }

    static FileRecord map(ResultSet rs) throws SQLException {
        return new FileRecord(rs.getString(1), rs.getString(2), rs.getString(3), ResourceRole.valueOf(rs.getString(4)),
                rs.getString(5), rs.getLong(6), FileState.valueOf(rs.getString(7)), rs.getInt(8) == 1, rs.getString(9));
    }
}

package dev.orchard.photos.library;

import dev.orchard.localfiles.StateException;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.photos.albums.AlbumTree;
import dev.orchard.photos.fs.LibraryPaths;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only view over a library's photos.db for the web page: the timeline, one asset's details, the album
 * tree and the months. It opens the database read-only (a sync may be writing it at the same time, WAL lets
 * both go on) and never changes the library; the indexes it needs are added once when the file is writable.
 */
public final class LibraryView implements AutoCloseable {
    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS assets_timeline ON assets(asset_date, zone, id)",
            "CREATE INDEX IF NOT EXISTS memberships_album ON memberships(zone, album_id, asset_id)");

    private final LibraryPaths paths;
    private final Connection connection;
    /** {@code files.verified_at}, or NULL on a database no sync of this version has opened yet. */
    private String verifiedAt = "NULL";

    private LibraryView(LibraryPaths paths, Connection connection) {
        this.paths = paths;
        this.connection = connection;
    }

    /** @throws StateException with one line when {@code root} holds no Orchard library */
    public static LibraryView open(Path root) {
        LibraryPaths paths = new LibraryPaths(root);
        Path db = paths.database();
        if (!Files.isRegularFile(db)) {
            throw new StateException("no Orchard photo library in " + paths.root() + " (" + LibraryPaths.STATE + "/photos.db is missing;"
                    + " run orchard photos sync --photos-dir " + paths.root() + " first)", null);
        }
        try {
            if (Files.isWritable(db)) addIndexes(db);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
            config.setBusyTimeout(10_000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
            LibraryView view = new LibraryView(paths, c);
            view.checkSchema();
            view.verifiedAt = view.hasColumn("files", "verified_at") ? "verified_at" : "NULL";
            return view;
        } catch (SQLException e) {
            throw new StateException("cannot read the library database " + db + ": " + e.getMessage(), e);
        }
    }

    /** Best effort: without them (a sync holding the write lock, a read-only copy) pages are only slower. */
    private static void addIndexes(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(2_000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties()); Statement s = c.createStatement()) {
            for (String ddl : INDEXES) s.execute(ddl);
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(LibraryView.class).debug("library indexes not added now: {}", e.getMessage());
        }
    }

    private void checkSchema() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('assets', 'archived_assets')")) {
            if (!rs.next() || rs.getInt(1) < 2) {
                throw new StateException("the library database " + paths.database() + " is from another Orchard version (tables missing)", null);
            }
        }
    }

    private boolean hasColumn(String table, String column) {
        boolean[] found = new boolean[1];
        run("SELECT 1 FROM pragma_table_info(?) WHERE name = ?", List.of(table, column), rs -> found[0] = true);
        return found[0];
    }

    /** The library folder. */
    public Path root() {
        return paths.root();
    }

    /** A file of the library by its path relative to the root, as the state stores it. */
    public Path resolve(String relative) {
        return paths.resolve(relative);
    }

    /** Where iCloud's rendition of an asset ({@code thumb}, {@code med}) is kept. */
    public Path rendition(String zone, String assetId, String kind) {
        return paths.derivative(zone, assetId, kind);
    }

    // --- timeline -------------------------------------------------------------------------------------------

    private static final String FROM = " FROM assets a LEFT JOIN masters m ON m.zone = a.zone AND m.id = a.master_id"
            + " LEFT JOIN archived_assets aa ON aa.zone = a.zone AND aa.asset_id = a.id";
    /**
     * Kept by this library: a hidden asset only when its zone's last listing took hidden assets in (--photos-hidden)
     * and a file of it is here (a library that stopped keeping them shows none of them).
     */
    private static final String KEPT_IF_HIDDEN = "(IFNULL(a.hidden, 0) = 0 OR (a.zone IN (SELECT z.zone FROM zones z WHERE z.hidden_listed = 1)"
            + " AND EXISTS (SELECT 1 FROM files hf WHERE hf.zone = a.zone AND hf.asset_id = a.id AND hf.state IN ('PRESENT', 'KEPT'))))";
    /** In the library: still in iCloud (not deleted; hidden only if kept), or pinned here by an archive. */
    private static final String VISIBLE = "((a.removed = 0 AND a.trashed = 0 AND " + KEPT_IF_HIDDEN + ") OR aa.asset_id IS NOT NULL)";
    private static final String ITEM_COLUMNS = "SELECT a.zone, a.id, a.asset_date, a.tz_offset, " + MediaKindSql.KIND + ", m.filename,"
            + " a.favorite, aa.asset_id IS NOT NULL, IFNULL(aa.left_icloud, 0), IFNULL(m.fp, '') || IFNULL(a.fp, '')";

    /** Up to {@code limit} assets after {@code cursor} (null: from the newest), newest first. */
    public synchronized TimelinePage timeline(TimelineFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
        Query q = where(filter);
        if (cursor != null && !cursor.isEmpty()) {
            Cursor c = Cursor.parse(cursor);
            q.sql.append(" AND (a.asset_date, a.zone, a.id) < (?, ?, ?)");
            q.args.add(c.taken());
            q.args.add(c.zone());
            q.args.add(c.id());
        }
        String sql = ITEM_COLUMNS + FROM + q.sql + " ORDER BY a.asset_date DESC, a.zone DESC, a.id DESC LIMIT ?";
        q.args.add(limit + 1);
        List<TimelineItem> items = new ArrayList<>();
        List<Cursor> keys = new ArrayList<>();
        run(sql, q.args, rs -> {
            items.add(item(rs));
            keys.add(new Cursor(rs.getLong(3), rs.getString(1), rs.getString(2)));
        });
        String next = null;
        if (items.size() > limit) {
            items.remove(limit);
            next = keys.get(limit - 1).token();
        }
        return new TimelinePage(items, next);
    }

    /** Assets per month (the photos' own local time), newest month first. */
    public synchronized List<MonthCount> months(TimelineFilter filter) {
        Query q = where(filter);
        List<MonthCount> out = new ArrayList<>();
        run("SELECT strftime('%Y-%m', (a.asset_date + IFNULL(a.tz_offset, 0) * 1000) / 1000, 'unixepoch') AS month, COUNT(*)"
                + FROM + q.sql + " GROUP BY month ORDER BY month DESC", q.args, rs -> out.add(new MonthCount(rs.getString(1), rs.getLong(2))));
        return out;
    }

    public synchronized long count(TimelineFilter filter) {
        Query q = where(filter);
        long[] n = new long[1];
        run("SELECT COUNT(*)" + FROM + q.sql, q.args, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private Query where(TimelineFilter f) {
        Query q = new Query();
        q.sql.append(" WHERE ").append(VISIBLE).append(" AND ").append(f.view().condition);
        if (f.album() != null) {
            List<String> ids = albumAndDescendants(f.album());
            q.sql.append(" AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.zone = a.zone AND ms.asset_id = a.id AND ms.zone = ?"
                    + " AND ms.album_id IN (").append("?,".repeat(ids.size() - 1)).append("?))");
            q.args.add(f.album().zone());
            q.args.addAll(ids);
        }
        // The index is on the UTC instant; the local date may be up to 14 hours either side of it.
        long slack = 15 * 3600_000L;
        String local = "(a.asset_date + IFNULL(a.tz_offset, 0) * 1000)";
        if (f.from() != null) {
            q.sql.append(" AND a.asset_date >= ? AND ").append(local).append(" >= ?");
            q.args.add(f.fromMillis() - slack);
            q.args.add(f.fromMillis());
        }
        if (f.to() != null) {
            q.sql.append(" AND a.asset_date < ? AND ").append(local).append(" < ?");
            q.args.add(f.toMillisExclusive() + slack);
            q.args.add(f.toMillisExclusive());
        }
        if (f.media() != null) {
            q.sql.append(" AND ").append(MediaKindSql.KIND).append(" = ?");
            q.args.add(f.media());
        }
        if (f.name() != null) {
            q.sql.append(" AND lower(m.filename) LIKE ? ESCAPE '\\'");
            q.args.add(f.namePattern());
        }
        return q;
    }

    private static Long millis(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static TimelineItem item(ResultSet rs) throws SQLException {
        AssetKey key = new AssetKey(rs.getString(1), rs.getString(2));
        return new TimelineItem(key.token(), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getInt(7) == 1,
                rs.getBoolean(8), rs.getInt(9) == 1, Versions.of(rs.getString(10)));
    }

    // --- one asset --------------------------------------------------------------------------------------------

    /** The asset's file version (as timeline items carry it), or null when no asset in the library has this key. */
    public synchronized String version(AssetKey key) {
        String[] v = new String[1];
        run("SELECT IFNULL(m.fp, '') || IFNULL(a.fp, '')" + FROM + " WHERE a.zone = ? AND a.id = ? AND " + VISIBLE,
                List.of(key.zone(), key.id()), rs -> v[0] = Versions.of(rs.getString(1)));
        return v[0];
    }

    /** Null when no asset in the library has this key. */
    public synchronized AssetDetails details(AssetKey key) {
        Object[] base = new Object[1];
        List<Object> args = List.of(key.zone(), key.id());
        run(ITEM_COLUMNS + ", a.added_date, IFNULL(a.hidden, 0), a.removed = 0 AND a.trashed = 0 AND IFNULL(aa.left_icloud, 0) = 0,"
                + " m.item_type, aa.archived_at, a.master_id" + FROM + " WHERE a.zone = ? AND a.id = ? AND " + VISIBLE, args, rs -> base[0] = new Object[]{
                item(rs), rs.getLong(11), rs.getInt(12) == 1, rs.getInt(13) == 1, rs.getString(14), rs.getObject(15), rs.getString(16)});
        if (base[0] == null) return null;
        Object[] b = (Object[]) base[0];
        String masterId = (String) b[6];
        Map<String, AssetFile> files = new LinkedHashMap<>();
        run("SELECT r.role, r.file_type, r.size, r.checksum, f.path, f.state, f.verified, " + verifiedAt.replace("verified_at", "f.verified_at") + " FROM resources r"
                        + " LEFT JOIN files f ON f.zone = r.zone AND f.asset_id = ? AND f.role = r.role"
                        + " WHERE r.zone = ? AND (r.owner = ? OR r.owner = ?) ORDER BY r.role",
                List.of(key.id(), key.zone(), String.valueOf(masterId), key.id()),
                rs -> files.putIfAbsent(rs.getString(1), new AssetFile(rs.getString(1), rs.getString(5), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(6) == null ? "MISSING" : rs.getString(6), rs.getInt(7) == 1, millis(rs, 8))));
        // Files Orchard keeps whose resource iCloud no longer lists (an archived asset that left iCloud).
        run("SELECT role, path, size, checksum, state, verified, " + verifiedAt + " FROM files WHERE zone = ? AND asset_id = ?", args,
                rs -> files.putIfAbsent(rs.getString(1), new AssetFile(rs.getString(1), rs.getString(2), null, rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6) == 1, millis(rs, 7))));
        List<AssetDetails.AlbumRef> albums = new ArrayList<>();
        Map<String, String> folders = albumPaths(key.zone());
        run("SELECT al.id, al.name FROM memberships ms JOIN albums al ON al.zone = ms.zone AND al.id = ms.album_id"
                + " WHERE ms.zone = ? AND ms.asset_id = ? ORDER BY al.name", args, rs -> albums.add(new AssetDetails.AlbumRef(
                new AssetKey(key.zone(), rs.getString(1)).token(), rs.getString(2), folders.get(rs.getString(1)))));
        AssetFile original = files.get("ORIGINAL");
        int[] size = original != null && original.onDisk() ? ImageSize.of(paths, original.path()) : new int[]{0, 0};
        Long archivedAt = b[5] == null ? null : ((Number) b[5]).longValue();
        return new AssetDetails((TimelineItem) b[0], key.zone(), key.id(), (Long) b[1], (Boolean) b[2], (Boolean) b[3], (String) b[4],
                size[0], size[1], List.copyOf(files.values()), albums, archivedAt);
    }

    // --- albums -----------------------------------------------------------------------------------------------

    /** Every album and folder of every zone, with paths, counts, covers and whether an archive froze it. */
    public synchronized List<AlbumNode> albums() {
        List<String> zones = new ArrayList<>();
        run("SELECT DISTINCT zone FROM albums ORDER BY zone", List.of(), rs -> zones.add(rs.getString(1)));
        List<AlbumNode> out = new ArrayList<>();
        for (String zone : zones) out.addAll(albums(zone));
        return out;
    }

    private List<AlbumNode> albums(String zone) {
        List<Album> list = albumRecords(zone);
        Map<String, String> folders = AlbumTree.folders(list);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> covers = new HashMap<>();
        run("SELECT ms.album_id, COUNT(*), (SELECT c.asset_id FROM memberships c JOIN assets a ON a.zone = c.zone AND a.id = c.asset_id"
                        + " LEFT JOIN archived_assets aa ON aa.zone = a.zone AND aa.asset_id = a.id"
                        + " WHERE c.zone = ms.zone AND c.album_id = ms.album_id AND " + VISIBLE + " ORDER BY a.asset_date DESC LIMIT 1)"
                        + " FROM memberships ms JOIN assets a ON a.zone = ms.zone AND a.id = ms.asset_id"
                        + " LEFT JOIN archived_assets aa ON aa.zone = a.zone AND aa.asset_id = a.id"
                        + " WHERE ms.zone = ? AND " + VISIBLE + " GROUP BY ms.album_id", List.of(zone),
                rs -> {
                    counts.put(rs.getString(1), new long[]{rs.getLong(2)});
                    if (rs.getString(3) != null) covers.put(rs.getString(1), new AssetKey(zone, rs.getString(3)).token());
                });
        List<String> frozen = new ArrayList<>();
        run("SELECT album_id FROM frozen_albums WHERE zone = ?", List.of(zone), rs -> frozen.add(rs.getString(1)));
        Map<String, Album> byId = new HashMap<>();
        list.forEach(a -> byId.put(a.recordName(), a));
        Map<String, Long> totals = new HashMap<>();
        Map<String, String> folderCovers = new HashMap<>();
        for (Album a : list) {
            if (a.folder()) continue;
            long n = counts.getOrDefault(a.recordName(), new long[]{0})[0];
            totals.merge(a.recordName(), n, Long::sum);
            for (String p = a.parentId(); p != null && byId.containsKey(p); p = byId.get(p).parentId()) {
                totals.merge(p, n, Long::sum);
                if (covers.containsKey(a.recordName())) folderCovers.putIfAbsent(p, covers.get(a.recordName()));
                if (p.equals(a.recordName())) break;
            }
        }
        List<AlbumNode> out = new ArrayList<>();
        for (Album a : list) {
            String parent = a.parentId() != null && byId.containsKey(a.parentId()) ? new AssetKey(zone, a.parentId()).token() : null;
            String cover = a.folder() ? folderCovers.get(a.recordName()) : covers.get(a.recordName());
            out.add(new AlbumNode(new AssetKey(zone, a.recordName()).token(), a.name(), folders.get(a.recordName()), a.folder(), parent,
                    totals.getOrDefault(a.recordName(), 0L), cover, frozen.contains(a.recordName())));
        }
        return out;
    }

    private List<Album> albumRecords(String zone) {
        List<Album> list = new ArrayList<>();
        run("SELECT id, name, album_type, parent_id, position FROM albums WHERE zone = ? ORDER BY position, id", List.of(zone),
                rs -> list.add(new Album(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5), false)));
        return list;
    }

    private Map<String, String> albumPaths(String zone) {
        return AlbumTree.folders(albumRecords(zone));
    }

    /** The album itself and, for a folder, every album below it. */
    private List<String> albumAndDescendants(AssetKey album) {
        List<Album> list = albumRecords(album.zone());
        List<String> out = new ArrayList<>(List.of(album.id()));
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i);
            for (Album a : list) if (parent.equals(a.parentId()) && !out.contains(a.recordName())) out.add(a.recordName());
        }
        return out;
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static final class Query {
        final StringBuilder sql = new StringBuilder();
        final List<Object> args = new ArrayList<>();
    }

    private void run(String sql, List<Object> args, Row row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) row.accept(rs);
            }
        } catch (SQLException e) {
            throw new StateException("cannot read the library database: " + e.getMessage(), e);
        }
    }

    /** Months as the page's scrubber asks for them: "2024-05". */
    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a month: '" + text + "' (YYYY-MM)");
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written
        }
    }
}

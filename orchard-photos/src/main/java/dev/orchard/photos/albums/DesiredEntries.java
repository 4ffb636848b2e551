package dev.orchard.photos.albums;

import dev.orchard.photos.state.StateDb;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The album entries a rebuild wants, kept in a TEMP table of the state connection rather than in memory, so the
 * album step needs the same heap at any library size. TEMP suits it: nothing is written to the state file or its
 * WAL, it lives on disk (SQLite's default temp store is a file, deleted on close), and it vanishes with the
 * connection, so a run killed midway leaves nothing behind; the next run works it out again from the state.
 * Rows are ordered by {@code ord}, the order the entries are wanted in (which decides who keeps a plain name);
 * {@code lkey} is the entry lower-cased, as names clash on case-insensitive file systems. It is not UNIQUE: as
 * before, the entries of frozen folders are kept as they were made, even two that differ only in case.
 */
final class DesiredEntries {
    /** An entry to make: its place in the order, its path below the library and its link spec ("MODE:target"). */
    record Entry(long ord, String path, String spec) {
    }

    private static final String TABLE = "temp.album_desired";
    private final StateDb db;

    DesiredEntries(StateDb db) {
        this.db = db;
    }

    /** Makes the table if this connection has none yet, and empties it. */
    void reset() throws SQLException {
        db.update("CREATE TEMP TABLE IF NOT EXISTS album_desired(ord INTEGER PRIMARY KEY, entry TEXT NOT NULL UNIQUE,"
                + " lkey TEXT NOT NULL, spec TEXT NOT NULL)");
        db.update("CREATE INDEX IF NOT EXISTS temp.album_desired_lkey ON album_desired(lkey)");
        db.update("DELETE FROM " + TABLE);
    }

    /** Wants {@code entry} whatever else is wanted; an entry wanted already keeps its place and takes this spec. */
    void put(long ord, String entry, String spec) throws SQLException {
        if (db.update("UPDATE " + TABLE + " SET spec = ? WHERE entry = ?", spec, entry) == 0) insert(ord, entry, spec);
    }

    /** Wants {@code entry} unless an entry with the same name in any case is wanted; returns whether it was free. */
    boolean putIfFree(long ord, String entry, String spec) throws SQLException {
        if (db.count("SELECT EXISTS (SELECT 1 FROM " + TABLE + " WHERE lkey = ?)", key(entry)) > 0) return false;
        insert(ord, entry, spec);
        return true;
    }

    /**
     * One row per statement, on purpose: a statement that may write several rows (INSERT ... SELECT, an upsert)
     * keeps a statement journal, which cost seven page writes per entry (1.3 million writes for 171,000 entries).
     */
    private void insert(long ord, String entry, String spec) throws SQLException {
        db.update("INSERT INTO " + TABLE + "(ord, entry, lkey, spec) VALUES(?,?,?,?)", ord, entry, key(entry), spec);
    }

    /** How many entries a rebuild would make or remove: wanted ones not made as wanted, and made ones not wanted. */
    long changes() throws SQLException {
        return db.count("SELECT (SELECT COUNT(*) FROM " + TABLE + " d LEFT JOIN album_entries e ON e.path = d.entry"
                + " WHERE e.target IS NOT d.spec) + (SELECT COUNT(*) FROM album_entries e WHERE NOT EXISTS"
                + " (SELECT 1 FROM " + TABLE + " d WHERE d.entry = e.path))");
    }

    /** Up to {@code limit} entries Orchard made that are not wanted as they are (path, spec), after {@code path}, by path. */
    List<String[]> stale(String after, int limit) throws SQLException {
        return db.query("SELECT e.path, e.target FROM album_entries e LEFT JOIN " + TABLE + " d ON d.entry = e.path"
                + " WHERE e.path > ? AND d.spec IS NOT e.target ORDER BY e.path LIMIT ?",
                rs -> new String[]{rs.getString(1), rs.getString(2)}, after, limit);
    }

    /** Up to {@code limit} wanted entries not recorded as made with their spec, after {@code ord}, in order. */
    List<Entry> missing(long after, int limit) throws SQLException {
        return db.query("SELECT d.ord, d.entry, d.spec FROM " + TABLE + " d LEFT JOIN album_entries e ON e.path = d.entry"
                + " WHERE d.ord > ? AND e.target IS NOT d.spec ORDER BY d.ord LIMIT ?",
                rs -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)), after, limit);
    }

    private static String key(String entry) {
        return entry.toLowerCase(Locale.ROOT);
    }
}

package dev.orchard.photos.state;

import dev.orchard.localfiles.StateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's SQLite database (WAL, file mode 0600), one connection shared by the engine's threads and
 * serialised here. A dry run keeps one transaction open and rolls it back on close, so nothing it does
 * lasts.
 */
public final class StateDb implements AutoCloseable {
    private final Connection connection;
    private final boolean dryRun;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int largestResult;

    private StateDb(Connection connection, boolean dryRun) {
        this.connection = connection;
        this.dryRun = dryRun;
    }

    public static StateDb open(Path file, boolean dryRun) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            java.util.Properties props = new java.util.Properties();
            props.setProperty("jdbc.get_generated_keys", "false");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("PRAGMA cache_size=-2000");
                s.execute("PRAGMA wal_autocheckpoint=8192");
            }
            c.setAutoCommit(false);
            StateDb db = new StateDb(c, dryRun);
            db.migrate();
            return db;
        } catch (IOException | SQLException e) {
            throw new StateException("cannot open the state database " + file + ": " + e.getMessage(), e);
        }
    }

    public boolean dryRun() {
        return dryRun;
    }

    private void migrate() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : Schema.DDL) s.execute(ddl);
            for (String[] column : Schema.ADDED_COLUMNS) addColumnIfMissing(s, column[0], column[1], column[2]);
        }
        String v = meta("schema");
        if (v != null && Integer.parseInt(v) > Schema.VERSION) {
            throw new StateException("the state database was written by a newer Orchard (schema " + v + ")", null);
        }
        putMeta("schema", Integer.toString(Schema.VERSION));
        if (!dryRun) connection.commit();
    }

    /** Databases written before a column existed get it here (CREATE TABLE IF NOT EXISTS leaves them as they were). */
    private static void addColumnIfMissing(Statement s, String table, String column, String type) throws SQLException {
        try (java.sql.ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) if (rs.getString("name").equalsIgnoreCase(column)) return;
        }
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }

    /** Runs {@code work} in one transaction (committed unless this is a dry run). */
    public synchronized <T> T tx(Work<T> work) {
        try {
            T result = work.run(this);
            if (!dryRun) connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StateException("state database error: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * Runs {@code work} inside the open transaction without ending it: for bulk writes whose progress
     * only matters as a whole (a full listing), committed later by {@link #commit}.
     */
    public synchronized void inTransaction(VoidWork work) {
        try {
            work.run(this);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StateException("state database error: " + e.getMessage(), e);
        }
    }

    public synchronized void commit() {
        if (dryRun) return;
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StateException("state database error: " + e.getMessage(), e);
        }
    }

    public synchronized void txRun(VoidWork work) {
        tx(db -> {
            work.run(db);
            return null;
        });
    }

    private void rollbackQuietly() {
        if (dryRun) return;
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure matters more
        }
    }

    public synchronized int update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, args);
        return ps.executeUpdate();
    }

    public synchronized <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, args);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(mapper.map(rs));
        }
        largestResult = Math.max(largestResult, out.size());
        return out;
    }

    /**
     * Hands each row to {@code sink} as it is read, holding none: for results as large as the library. The
     * statement stays open meanwhile, so the sink may run other statements but not this one, and must not
     * change the tables it reads.
     */
    public synchronized <T> void each(String sql, RowMapper<T> mapper, Sink<T> sink, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) sink.accept(mapper.map(rs));
        }
    }

    /** The most rows one {@link #query} returned since the last reset: tests use it to prove a step reads in pages. */
    public synchronized int largestResult() {
        return largestResult;
    }

    public synchronized void resetLargestResult() {
        largestResult = 0;
    }

    public synchronized <T> T one(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> all = query(sql, mapper, args);
        return all.isEmpty() ? null : all.get(0);
    }

    public synchronized long count(String sql, Object... args) throws SQLException {
        Long n = one(sql, rs -> rs.getLong(1), args);
        return n == null ? 0 : n;
    }

    public synchronized String meta(String key) throws SQLException {
        return one("SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    public synchronized void putMeta(String key, String value) throws SQLException {
        if (value == null) update("DELETE FROM meta WHERE key = ?", key);
        else update("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Boolean b) ps.setInt(i + 1, b ? 1 : 0);
            else if (a instanceof Enum<?> e) ps.setString(i + 1, e.name());
            else ps.setObject(i + 1, a);
        }
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement ps : statements.values()) ps.close();
            if (dryRun) connection.rollback();
            else connection.commit();
            connection.close();
        } catch (SQLException e) {
            throw new StateException("cannot close the state database: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(StateDb db) throws SQLException;
    }

    @FunctionalInterface
    public interface VoidWork {
        void run(StateDb db) throws SQLException;
    }

    @FunctionalInterface
    public interface Sink<T> {
        void accept(T row) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}

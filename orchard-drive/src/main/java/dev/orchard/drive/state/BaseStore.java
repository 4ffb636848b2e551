package dev.orchard.drive.state;

import dev.orchard.localfiles.StateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.Optional;

/**
 * The base state in SQLite: one row per synced path keyed by {@link PathKeys#key}, a few settings (filter
 * fingerprint, last pass), and the journal of remote updates in flight. Every write commits on its own, so
 * the stored base is at every moment exactly the paths that completed. The file is mode 0600.
 */
public final class BaseStore implements AutoCloseable {
    private static final String COLUMNS = "key, path, dir, docwsid, drivewsid, zone, etag, remote_size, remote_mtime, "
            + "local_size, local_mtime_ns, inode, sha256, synced_at";

    private final Path file;
    private final Connection db;
    private final boolean recreated;

    private BaseStore(Path file, Connection db, boolean recreated) {
        this.file = file;
        this.db = db;
        this.recreated = recreated;
    }

    /**
     * Opens (or creates) the base at {@code file}. An unreadable file is set aside as {@code *.unreadable-<n>}
     * and a new, empty base is started: the next pass is then a copy-only resync, never a deletion.
     */
    public static BaseStore open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new StateException("cannot create the Drive sync state " + file + ": " + e.getMessage(), e);
        }
        try {
            return new BaseStore(file, connect(file), false);
        } catch (SQLException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                return new BaseStore(file, connect(file), true);
            } catch (IOException | SQLException again) {
                throw new StateException("the Drive sync state " + file + " is unreadable (" + e.getMessage() + ")", again);
            }
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("CREATE TABLE IF NOT EXISTS base (key TEXT PRIMARY KEY, path TEXT NOT NULL, dir INTEGER NOT NULL, "
                    + "docwsid TEXT, drivewsid TEXT, zone TEXT, etag TEXT, remote_size INTEGER, remote_mtime INTEGER, "
                    + "local_size INTEGER, local_mtime_ns INTEGER, inode INTEGER, sha256 TEXT, synced_at INTEGER)");
            s.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)");
            s.execute("CREATE TABLE IF NOT EXISTS pending_update (key TEXT PRIMARY KEY, path TEXT, temp_docwsid TEXT, "
                    + "zone TEXT, old_drivewsid TEXT, local_size INTEGER, local_mtime_ns INTEGER, inode INTEGER, sha256 TEXT)");
            s.executeQuery("SELECT count(*) FROM base").close();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    public Path file() { return file; }

    /** Whether the stored base was unreadable and a new one was started. */
    public boolean recreated() { return recreated; }

    public synchronized Map<String, BaseEntry> loadAll() {
        Map<String, BaseEntry> out = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM base")) {
            while (r.next()) {
                BaseEntry e = new BaseEntry(r.getString(2), r.getInt(3) != 0, r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11), r.getLong(12),
                        r.getString(13), r.getLong(14));
                out.put(r.getString(1), e);
            }
        } catch (SQLException e) {
            throw fail("read", e);
        }
        return out;
    }

    public synchronized void put(BaseEntry e) {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO base (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, e.key());
            p.setString(2, e.path());
            p.setInt(3, e.dir() ? 1 : 0);
            p.setString(4, e.docwsid());
            p.setString(5, e.drivewsid());
            p.setString(6, e.zone());
            p.setString(7, e.etag());
            p.setLong(8, e.remoteSize());
            p.setLong(9, e.remoteMtime());
            p.setLong(10, e.localSize());
            p.setLong(11, e.localMtimeNs());
            p.setLong(12, e.inode());
            p.setString(13, e.sha256());
            p.setLong(14, e.syncedAt());
            p.executeUpdate();
        } catch (SQLException ex) {
            throw fail("write", ex);
        }
    }

    /** Replaces the row of {@code oldKey} by {@code e} in one transaction (a rename). */
    public synchronized void replace(String oldKey, BaseEntry e) {
        inTransaction(() -> {
            remove(oldKey);
            put(e);
        });
    }

    public synchronized void remove(String key) {
        update("DELETE FROM base WHERE key = ?", key);
    }

    /** Removes {@code key} and everything below it. */
    public synchronized void removeTree(String key) {
        inTransaction(() -> {
            update("DELETE FROM base WHERE key = ?", key);
            update("DELETE FROM base WHERE substr(key, 1, ?) = ?", (key + "/").length(), key + "/");
        });
    }

    /** Moves every row at or below {@code oldPath} to {@code newPath} (a folder rename), in one transaction. */
    public synchronized void moveTree(String oldPath, String newPath, Map<String, BaseEntry> rows) {
        inTransaction(() -> {
            String oldKey = PathKeys.key(oldPath);
            for (BaseEntry e : rows.values()) {
                if (!PathKeys.within(e.key(), oldKey)) continue;
                remove(e.key());
                put(e.withPath(newPath + e.path().substring(oldPath.length())));
            }
        });
    }

    public synchronized int count(boolean dirs) {
        try (PreparedStatement p = db.prepareStatement("SELECT count(*) FROM base WHERE dir = ?")) {
            p.setInt(1, dirs ? 1 : 0);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    public synchronized Optional<String> meta(String name) {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    public synchronized void meta(String name, String value) {
        update("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", name, value);
    }

    /** Remembers an iCloud item that turned out to be an app package (left alone from then on). */
    public synchronized void addPackage(String drivewsid) {
        meta("package:" + drivewsid, "1");
    }

    public synchronized java.util.Set<String> packages() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM meta WHERE name LIKE 'package:%'")) {
            while (r.next()) out.add(r.getString(1).substring("package:".length()));
        } catch (SQLException e) {
            throw fail("read", e);
        }
        return out;
    }

    public synchronized void addPending(PendingUpdate u) {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO pending_update (key, path, temp_docwsid, zone, "
                + "old_drivewsid, local_size, local_mtime_ns, inode, sha256) VALUES (?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, PathKeys.key(u.path()));
            p.setString(2, u.path());
            p.setString(3, u.tempDocwsid());
            p.setString(4, u.zone());
            p.setString(5, u.oldDrivewsid());
            p.setLong(6, u.localSize());
            p.setLong(7, u.localMtimeNs());
            p.setLong(8, u.inode());
            p.setString(9, u.sha256());
            p.executeUpdate();
        } catch (SQLException e) {
            throw fail("write", e);
        }
    }

    public synchronized void removePending(String path) {
        update("DELETE FROM pending_update WHERE key = ?", PathKeys.key(path));
    }

    public synchronized List<PendingUpdate> pending() {
        List<PendingUpdate> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT path, temp_docwsid, zone, old_drivewsid, "
                + "local_size, local_mtime_ns, inode, sha256 FROM pending_update")) {
            while (r.next()) {
                out.add(new PendingUpdate(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                        r.getLong(6), r.getLong(7), r.getString(8)));
            }
        } catch (SQLException e) {
            throw fail("read", e);
        }
        return out;
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            p.executeUpdate();
        } catch (SQLException e) {
            throw fail("write", e);
        }
    }

    private void inTransaction(Runnable r) {
        try {
            db.setAutoCommit(false);
            try {
                r.run();
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("write", e);
        }
    }

    private StateException fail(String what, SQLException e) {
        return new StateException("cannot " + what + " the Drive sync state " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}

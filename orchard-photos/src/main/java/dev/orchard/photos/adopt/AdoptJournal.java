package dev.orchard.photos.adopt;

import dev.orchard.photos.state.StateDb;

import java.sql.SQLException;
import java.util.List;

/**
 * Moves in flight: written with the destination's claim before a source is moved, removed once the source is gone.
 * A run killed in between leaves a row that the next adoption settles (see {@link Adopter#recover}).
 */
final class AdoptJournal {
    record Entry(String source, String dest, String checksum) {
    }

    private AdoptJournal() {
    }

    static void put(StateDb db, Entry e) throws SQLException {
        db.update("INSERT OR REPLACE INTO adopt_journal(source, dest, checksum) VALUES(?,?,?)", e.source(), e.dest(), e.checksum());
    }

    static void remove(StateDb db, String source) throws SQLException {
        db.update("DELETE FROM adopt_journal WHERE source = ?", source);
    }

    static List<Entry> all(StateDb db) throws SQLException {
        return db.query("SELECT source, dest, checksum FROM adopt_journal ORDER BY source",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3)));
    }
}

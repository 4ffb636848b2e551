package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.Album;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Memberships staged page by page by a full listing, and swapped in only for albums whose listing completed. */
class AlbumStoreStagingTest {
    static final String ZONE = "PrimarySync";
    static final Album TRAVEL = new Album("travel", "Travel", Album.ALBUM, null, 1, false);
    static final long GEN = 2;

    @TempDir
    Path dir;
    StateDb db;
    AlbumStore albums;

    @BeforeEach
    void state() {
        db = StateDb.open(dir.resolve("state.db"), false);
        albums = new AlbumStore(db);
        db.txRun(d -> {
            albums.replace(ZONE, List.of(TRAVEL), java.util.Map.of("travel", List.of("a1", "a2", "a3")), 1);
            for (String id : List.of("a1", "a2", "a3", "a4")) asset(id, 0, GEN);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void asset(String id, int trashed, long seen) throws java.sql.SQLException {
        db.update("INSERT INTO assets(zone, id, hidden, trashed, seen, dirty) VALUES(?,?,0,?,?,0)"
                + " ON CONFLICT(zone, id) DO UPDATE SET trashed = excluded.trashed, seen = excluded.seen, dirty = 0", ZONE, id, trashed, seen);
    }

    private List<String> travel() {
        return db.tx(d -> albums.members(ZONE, "travel"));
    }

    @Test
    void aCompletedStagingReplacesTheAlbumsMembershipsAndMarksTheChangedAssets() {
        boolean changed = db.tx(d -> {
            albums.clearStaged(ZONE);
            albums.stage(ZONE, "travel", List.of("a2", "a4"));
            albums.stage(ZONE, "travel", List.of("a3"));
            albums.stagedComplete(ZONE, "travel");
            return albums.replaceFromStaged(ZONE, List.of(TRAVEL), GEN);
        });
        assertThat(changed).isTrue();
        assertThat(travel()).containsExactly("a2", "a3", "a4");
        List<String> dirty = db.tx(d -> d.query("SELECT id FROM assets WHERE dirty = 1 ORDER BY id", rs -> rs.getString(1)));
        assertThat(dirty).containsExactly("a1", "a4");
        long staged = db.tx(d -> d.count("SELECT COUNT(*) FROM staged_memberships"));
        assertThat(staged).isZero();
    }

    @Test
    void anAlbumStagedOnlyInPartKeepsItsMemberships() {
        db.txRun(d -> {
            albums.clearStaged(ZONE);
            albums.stage(ZONE, "travel", List.of("a1"));
            albums.replaceFromStaged(ZONE, List.of(TRAVEL), GEN);
        });
        assertThat(travel()).containsExactly("a1", "a2", "a3");
    }

    @Test
    void leftoversOfACrashedListingAreNotTakenAsTheNextListingsContent() {
        db.txRun(d -> {
            albums.stage(ZONE, "travel", List.of("a1"));
            albums.stagedComplete(ZONE, "travel");
        });
        db.txRun(d -> {
            albums.clearStaged(ZONE);
            albums.stage(ZONE, "travel", List.of("a2"));
            albums.replaceFromStaged(ZONE, List.of(TRAVEL), GEN);
        });
        assertThat(travel()).containsExactly("a1", "a2", "a3");
    }

    @Test
    void anAssetTrashedWhileListedKeepsItsAlbumEntry() {
        db.txRun(d -> {
            asset("a1", 1, GEN);
            asset("a3", 0, GEN - 1);
            albums.clearStaged(ZONE);
            albums.stage(ZONE, "travel", List.of("a2"));
            albums.stagedComplete(ZONE, "travel");
            albums.replaceFromStaged(ZONE, List.of(TRAVEL), GEN);
        });
        assertThat(travel()).as("a1 trashed, a3 not seen by this listing: both may come back").containsExactly("a1", "a2", "a3");
    }

    @Test
    void stagingCountsOnlyMembersNotStagedBefore() {
        int added = db.tx(d -> albums.stage(ZONE, "travel", List.of("a1", "a2")) + albums.stage(ZONE, "travel", List.of("a2", "a3")));
        assertThat(added).isEqualTo(3);
    }
}

package dev.orchard.photos.sync;

import dev.orchard.fake.photos.library.Album;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.testing.FakeLibraryTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full listing killed while it staged album members leaves pages behind, committed with the asset pages and
 * possibly with an album already marked complete. The next full listing must not take them as content.
 */
class StagedMembershipsCrashTest extends FakeLibraryTest {
    static final String ZONE = "PrimarySync";

    @Test
    void membersStagedByACrashedListingAreDiscardedByTheNextOne() {
        fake.photos().generate(40);
        sync();
        Album album = remote().primary().albums().stream()
                .filter(a -> !a.special() && !a.folder() && !a.members().isEmpty()).findFirst().orElseThrow();
        List<String> before;
        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), false)) {
            Stores s = Stores.of(db);
            before = db.tx(d -> s.albums().members(ZONE, album.recordName()));
            db.txRun(d -> {
                s.albums().stage(ZONE, album.recordName(), List.of(before.get(0), "left-by-the-crash"));
                s.albums().stagedComplete(ZONE, album.recordName());
                d.update("DELETE FROM meta WHERE key LIKE 'db-token:%'");
            });
        }
        assertThat(before).isNotEmpty();

        SyncReport r = sync();

        assertThat(r.zones()).containsEntry(ZONE, SyncReport.FetchMode.FULL);
        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), false)) {
            Stores s = Stores.of(db);
            List<String> after = db.tx(d -> s.albums().members(ZONE, album.recordName()));
            assertThat(after).isEqualTo(before);
            long staged = db.tx(d -> d.count("SELECT COUNT(*) FROM staged_memberships") + d.count("SELECT COUNT(*) FROM staged_albums"));
            assertThat(staged).isZero();
        }
    }
}

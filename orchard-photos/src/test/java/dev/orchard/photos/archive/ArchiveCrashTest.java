package dev.orchard.photos.archive;

import dev.orchard.photos.journal.ArchiveLog;
import dev.orchard.photos.report.ArchiveRun;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run stopped anywhere (as kill -9 would: nothing after the last commit lasts) is settled by the next sync or archive. */
class ArchiveCrashTest extends ArchiveTestBase {
    /** Not an exception the engine could catch and clean up after. */
    static final class Killed extends Error {
        Killed() {
            super("kill -9");
        }
    }

    @Test
    void killedAfterICloudActedTheNextSyncSettlesItAndTouchesNoFile() {
        Map<String, String> photos = LocalTree.files(library, "Photos");
        assertThatThrownBy(() -> archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            @Override
            public void afterModify(String zone, List<String> assetIds) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);
        assertThat(inRecentlyDeleted(W1)).isTrue();
        assertThat(pendingJournal()).isEqualTo(2);

        sync();

        assertThat(pendingJournal()).isZero();
        assertThat(leftICloud()).isEqualTo(2);
        assertThat(runs().get(0).removed()).isEqualTo(2);
        assertThat(LocalTree.files(library, "Photos")).isEqualTo(photos);
        assertThat(LocalTree.files(library, LibraryPaths.TRASH)).isEmpty();
    }

    @Test
    void killedBeforeTheRequestTheNextArchiveFindsNothingChangedAndFinishesTheJob() {
        assertThatThrownBy(() -> archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);
        assertThat(pendingJournal()).isEqualTo(2);
        assertThat(inRecentlyDeleted(W1)).isFalse();

        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"));

        assertThat(pendingJournal()).isZero();
        assertThat(ids(r.removed())).containsExactlyInAnyOrder(W1, W3);
        assertThat(runs()).extracting(ArchiveRun::removed).containsExactly(0L, 2L);
        assertThat(readLog()).contains(W1 + "\tnot-removed\t");
    }

    @Test
    void killedAfterPinningSyncsLeaveThePinnedFilesAndTheNextArchiveRemoves() {
        assertThatThrownBy(() -> archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            @Override
            public void afterPin(List<String> assetIds) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);
        Map<String, String> photos = LocalTree.files(library, "Photos");
        remote().edit(W1);
        sync();
        assertThat(LocalTree.files(library, "Photos")).as("a pinned asset's files do not follow iCloud").isEqualTo(photos);
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"));
        assertThat(ids(r.removed())).containsExactly(W3);
        assertThat(inRecentlyDeleted(W1)).as("edited since its verified copy").isFalse();
    }

    private String readLog() {
        try {
            return java.nio.file.Files.readString(ArchiveLog.file(new LibraryPaths(library)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long pendingJournal() {
        return query("SELECT COUNT(*) FROM archive_journal");
    }

    private long leftICloud() {
        return query("SELECT COUNT(*) FROM archived_assets WHERE left_icloud = 1");
    }

    private List<ArchiveRun> runs() {
        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), true)) {
            return db.tx(d -> new ArchiveStore(d).runs());
        }
    }

    private long query(String sql) {
        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), true)) {
            return db.tx(d -> d.count(sql));
        }
    }
}

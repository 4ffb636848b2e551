package dev.orchard.photos.archive;

import dev.orchard.photos.journal.ArchiveLog;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveAlbumTest extends ArchiveTestBase {

    @Test
    void anAlbumsNonFavouritesLeaveICloudAndEveryFileStaysVerifiedHere() throws Exception {
        Map<String, String> before = LocalTree.files(library, "Photos");
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"));

        assertThat(ids(r.removed())).containsExactlyInAnyOrder(W1, W3);
        assertThat(ids(r.favourites())).containsExactly(W2);
        assertThat(ids(r.kept())).containsExactlyInAnyOrder(W1, W2, W3);
        assertThat(inRecentlyDeleted(W1)).isTrue();
        assertThat(inRecentlyDeleted(W3)).isTrue();
        assertThat(inRecentlyDeleted(W2)).isFalse();
        assertThat(inRecentlyDeleted(F1)).isFalse();
        assertThat(r.filesKept()).as("W1, W2 + its video, W3 + RAW twin + edit").isEqualTo(6);
        assertThat(r.bytesFreed()).isPositive();
        assertThat(LocalTree.files(library, "Photos")).isEqualTo(before);
        String log = Files.readString(ArchiveLog.file(new LibraryPaths(library)));
        assertThat(log).startsWith(ArchiveLog.HEADER).contains(W1 + "\tremoved\t").contains(W2 + "\tfavourite\t");
    }

    @Test
    void laterSyncsLeaveArchivedFilesAndTheFrozenAlbumFolderAlone() {
        archive(ArchiveRequest.albums("Events/Wedding"));
        Map<String, String> photos = LocalTree.files(library, "Photos");
        Map<String, String> albums = LocalTree.links(library, "Albums");
        assertThat(albums).containsKey("Albums/Events/Wedding/W1.JPG");

        remote().addToAlbum(F1, WEDDING);
        remote().removeFromAlbum(W2, WEDDING);
        remote().renameAlbum(WEDDING, "Wedding 2024");
        remote().purge(W1);
        sync();

        assertThat(LocalTree.files(library, "Photos")).as("nothing trashed, moved or fetched again").isEqualTo(photos);
        assertThat(LocalTree.files(library, LibraryPaths.TRASH)).isEmpty();
        assertThat(LocalTree.links(library, "Albums")).isEqualTo(albums);
    }

    @Test
    void keepInICloudFreezesAndRemovesNothing() {
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding").keepingInICloud());
        assertThat(r.removed()).isEmpty();
        assertThat(ids(r.kept())).containsExactlyInAnyOrder(W1, W2, W3);
        assertThat(inRecentlyDeleted(W1) || inRecentlyDeleted(W3)).isFalse();
        Map<String, String> albums = LocalTree.links(library, "Albums");
        remote().removeFromAlbum(W1, WEDDING);
        sync();
        assertThat(LocalTree.links(library, "Albums")).isEqualTo(albums);
    }

    @Test
    void aFolderArchivesEveryAlbumInIt() {
        ArchiveReport r = archive(ArchiveRequest.albums("events"));
        assertThat(ids(r.kept())).containsExactlyInAnyOrder(W1, W2, W3);
        assertThat(r.frozenAlbums()).containsExactly("Events/Wedding");
    }

    @Test
    void anUnknownAlbumIsOneLineNamingTheClosest() {
        assertThatThrownBy(() -> archiver(ArchiveHooks.NONE).plan(ArchiveRequest.albums("Weding")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no album or folder 'Weding'; closest: Events/Wedding");
    }

    @Test
    void thePlanSaysWhatWouldHappenAndChangesNothing() {
        ArchivePlan p = archiver(ArchiveHooks.NONE).plan(ArchiveRequest.albums("Wedding"));
        assertThat(ids(p.leaving())).containsExactlyInAnyOrder(W1, W3);
        assertThat(ids(p.favourites())).containsExactly(W2);
        assertThat(p.filesKept()).isEqualTo(6);
        assertThat(p.bytesFreed()).isPositive();
        assertThat(inRecentlyDeleted(W1)).isFalse();
        assertThat(archiver(ArchiveHooks.NONE).plan(ArchiveRequest.albums("Wedding")).leaving()).hasSize(2);
    }
}

package dev.orchard.photos.archive;

import dev.orchard.photos.archive.ArchivePlan.Item;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of issue 10 §2 that stand between a verified copy and a removal. */
class ArchiveSafetyTest extends ArchiveTestBase {

    @Test
    void anAgeRuleTakesOldAssetsExceptTheNamedAlbumsAndSaysWhyItSkipsOthers() {
        ArchiveReport r = archive(ArchiveRequest.olderThan("400d", "Family"));
        assertThat(ids(r.removed())).containsExactlyInAnyOrder(W1, W3);
        assertThat(ids(r.favourites())).containsExactly(W2);
        assertThat(inRecentlyDeleted(F1)).as("in an excepted album").isFalse();
        assertThat(inRecentlyDeleted(N1)).as("recent").isFalse();
        assertThat(inRecentlyDeleted(H1)).isFalse();
        assertThat(inRecentlyDeleted(S1)).isFalse();
        assertThat(reasons(r.skipped())).as("a library without hidden assets does not even list them")
                .containsExactly(S1 + ": " + ArchivePlanner.SHARED);
        assertThat(r.frozenAlbums()).isEmpty();
        assertThat(pinned()).as("an age archive pins what left iCloud; favourites keep following it").containsExactlyInAnyOrder(W1, W3);
    }

    @Test
    void anAssetThatStaysInICloudAfterAnAgeArchiveKeepsFollowingIt() {
        archive(ArchiveRequest.olderThan("400d", "Family"), new ArchiveHooks() {
            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                if (assetIds.contains(W1) && remoteAsset(W1).edit() == null) remote().edit(W1);
            }
        });
        assertThat(pinned()).containsExactly(W3);
        sync();
        assertThat(dev.orchard.photos.testing.LocalTree.files(library, "Photos")).containsKey("Photos/2024/05/W1-edited.JPG");
    }

    private List<String> pinned() {
        try (dev.orchard.photos.state.StateDb db = dev.orchard.photos.state.StateDb.open(
                new dev.orchard.photos.fs.LibraryPaths(library).database(), true)) {
            return db.tx(d -> d.query("SELECT asset_id FROM archived_assets ORDER BY asset_id", rs -> rs.getString(1)));
        }
    }

    @Test
    void hiddenAssetsGoOnlyWhenTheLibraryKeepsThem() {
        sync(b -> b.includeHidden(true));
        Archiver keepsHidden = new Archiver(photos, dev.orchard.photos.options.SyncOptions.builder(library).clock(NOW)
                .includeHidden(true).build(), ArchiveHooks.NONE, waits::add);
        ArchiveReport r = keepsHidden.run(ArchiveRequest.olderThan("400d", "Family", "Wedding"), ArchiveListener.NONE);
        assertThat(ids(r.removed())).containsExactly(H1);
    }

    @Test
    void aFavouriteMadeOnAnotherDeviceJustBeforeTheChangeStays() {
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                if (assetIds.contains(W1)) remote().favorite(W1, true);
            }
        });
        assertThat(inRecentlyDeleted(W1)).isFalse();
        assertThat(inRecentlyDeleted(W3)).isTrue();
        assertThat(ids(r.favourites())).containsExactlyInAnyOrder(W1, W2);
        assertThat(reasons(r.favourites())).contains(W1 + ": became a favourite");
    }

    @Test
    void anEditMadeAfterTheDownloadKeepsTheAssetInICloud() {
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                if (assetIds.contains(W1) && remoteAsset(W1).edit() == null) remote().edit(W1);
            }
        });
        assertThat(inRecentlyDeleted(W1)).isFalse();
        assertThat(inRecentlyDeleted(W3)).isTrue();
        assertThat(reasons(r.skipped())).containsExactly(W1 + ": edited in iCloud after it was downloaded, so it stays there");
    }

    @Test
    void anAssetHiddenJustBeforeTheChangeStaysWhenTheLibraryDoesNotKeepHiddenOnes() {
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                if (assetIds.contains(W3) && !remoteAsset(W3).hidden()) remote().hide(W3, true);
            }
        });
        assertThat(inRecentlyDeleted(W3)).isFalse();
        assertThat(reasons(r.skipped())).containsExactly(W3 + ": " + ArchivePlanner.HIDDEN);
    }

    @Test
    void aStaleChangeTagIsReadAgainAndDecidedAgain() {
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"), new ArchiveHooks() {
            boolean once;

            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                if (!once) {
                    once = true;
                    remote().touch(remote().primary(), remoteAsset(W1));
                }
            }
        });
        assertThat(ids(r.removed())).containsExactlyInAnyOrder(W1, W3);
    }

    @Test
    void casOpLockFailuresWaitAndRetry() {
        fake.photos().settings().failModifies(3, "CAS_OP_LOCK");
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"));
        assertThat(ids(r.removed())).containsExactlyInAnyOrder(W1, W3);
        assertThat(waits).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aLocalFileThatNoLongerMatchesICloudKeepsItsAssetInICloud() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(library.resolve("Photos/2024/05/W3.DNG").toFile(), "rw")) {
            f.seek(10);
            f.write(~f.read());
        }
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"));
        assertThat(inRecentlyDeleted(W3)).isFalse();
        assertThat(ids(r.removed())).containsExactly(W1);
        assertThat(reasons(r.skipped())).singleElement().asString().startsWith(W3 + ": its RAW/JPEG alternative (Photos/2024/05/W3.DNG)"
                + " does not match iCloud's checksum");
    }

    @Test
    void aMissingFileKeepsItsAssetInICloud() throws IOException {
        java.nio.file.Files.delete(library.resolve("Photos/2024/05/W2.MOV"));
        remote().favorite(W2, false);
        sync();
        java.nio.file.Files.delete(library.resolve("Photos/2024/05/W1.JPG"));
        ArchiveReport r = archive(ArchiveRequest.albums("Wedding"));
        assertThat(ids(r.removed())).containsExactlyInAnyOrder(W2, W3);
        assertThat(inRecentlyDeleted(W1)).isFalse();
        assertThat(reasons(r.skipped())).containsExactly(W1 + ": its original (Photos/2024/05/W1.JPG) is missing");
    }

    @Test
    void atMostAHundredAssetsGoPerRequest() {
        List<dev.orchard.fake.photos.library.AssetSpec> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(dev.orchard.fake.photos.library.AssetSpec.of(dev.orchard.fake.photos.library.AssetKind.PHOTO)
                    .filename("OLD_" + i + ".JPG").assetDate(java.time.Instant.parse("2020-01-01T00:00:00Z").toEpochMilli() + i * 60_000L));
        }
        remote().addAssets(many);
        sync();
        List<Integer> batches = new ArrayList<>();
        ArchiveReport r = archive(ArchiveRequest.olderThan("3y"), new ArchiveHooks() {
            @Override
            public void beforeModify(String zone, List<String> assetIds) {
                batches.add(assetIds.size());
            }
        });
        assertThat(r.removed()).hasSize(150);
        assertThat(batches).containsExactly(100, 50);
    }

    @Test
    void theCapTakesTheOldestFirstAndLeavesTheRestForLater() {
        ArchiveReport r = archive(ArchiveRequest.olderThan("400d").withMax(1));
        assertThat(ids(r.removed())).containsExactly(W1);
        assertThat(r.deferred()).isEqualTo(2);
        ArchiveReport again = archive(ArchiveRequest.olderThan("400d").withMax(1));
        assertThat(ids(again.removed())).containsExactly(W3);
    }

    static List<String> reasons(List<Item> items) {
        return items.stream().map(i -> i.assetId() + ": " + i.reason()).toList();
    }
}

package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncReport;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.photos.report.SyncReport.FetchMode;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalSyncTest extends FakeLibraryTest {
    static final String A = "AAAAAAAA-0000-4000-8000-000000000001";
    static final String B = "BBBBBBBB-0000-4000-8000-000000000002";
    static final String C = "CCCCCCCC-0000-4000-8000-000000000003";
    static final String TRIPS = "F0000000-0000-4000-8000-00000000000F";
    static final String ROME = "A1000000-0000-4000-8000-0000000000A1";
    static final String ART = "A2000000-0000-4000-8000-0000000000A2";

    @BeforeEach
    void firstSync() {
        load("""
                {"seed": 9, "sharedLibrary": false, "albums": [
                   {"id": "%s", "key": "trips", "name": "Trips", "folder": true, "children": [{"id": "%s", "key": "rome", "name": "Rome"}]},
                   {"id": "%s", "key": "art", "name": "Art"}],
                 "assets": [
                   {"id": "%s", "filename": "IMG_0001.JPG", "date": "2024-05-01T10:00:00Z", "albums": ["rome"]},
                   {"id": "%s", "kind": "live", "filename": "IMG_0002.HEIC", "date": "2024-05-02T10:00:00Z"},
                   {"id": "%s", "kind": "video", "filename": "IMG_0003.MOV", "date": "2024-05-03T10:00:00Z", "albums": ["art"]}
                 ]}""".formatted(TRIPS, ROME, ART, A, B, C));
        SyncReport first = sync();
        assertThat(first.zones()).containsEntry("PrimarySync", FetchMode.FULL);
        fake.stats().reset();
    }

    @Test
    void aSyncWithNothingChangedCostsOneRequest() {
        SyncReport r = sync();
        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.UNCHANGED);
        assertThat(cloudKitRequests()).isEqualTo(1);
        assertThat(fake.stats().count(dev.orchard.fake.http.ServiceGroup.CDN)).isZero();
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isZero();
        assertThat(r.phases()).as("nothing to plan").doesNotContainKey(SyncReport.DOWNLOADS);
    }

    @Test
    void newAssetsArriveIncrementally() {
        remote().addAsset(AssetSpec.of(AssetKind.LIVE).filename("NEW.HEIC").assetDate(Instant.parse("2024-07-01T08:00:00Z").toEpochMilli()));
        SyncReport r = sync();
        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.INCREMENTAL);
        assertThat(LocalTree.files(library, "Photos")).containsKeys("Photos/2024/07/NEW.HEIC", "Photos/2024/07/NEW.MOV");
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isEqualTo(2);
        assertThat(cloudKitRequests()).isLessThanOrEqualTo(4);
    }

    @Test
    void deletedAssetsGoToTheLocalTrash() {
        remote().trash(B);
        remote().purge(C);
        SyncReport r = sync();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(LocalTree.files(library, "Photos")).containsOnlyKeys("Photos/2024/05/IMG_0001.JPG");
        assertThat(LocalTree.files(library, ".orchard-trash")).containsKeys(
                ".orchard-trash/" + today + "/Photos/2024/05/IMG_0002.HEIC",
                ".orchard-trash/" + today + "/Photos/2024/05/IMG_0002.MOV",
                ".orchard-trash/" + today + "/Photos/2024/05/IMG_0003.MOV");
        assertThat(LocalTree.links(library, "Albums")).doesNotContainKey("Albums/Art/IMG_0003.MOV");
        assertThat(r.get(SyncReport.Counter.TRASHED)).isEqualTo(3);
    }

    @Test
    void aRestoredAssetComesBack() {
        remote().trash(B);
        sync();
        remote().restore(B);
        sync();
        assertThat(LocalTree.files(library, "Photos")).containsKeys("Photos/2024/05/IMG_0002.HEIC", "Photos/2024/05/IMG_0002.MOV");
    }

    @Test
    void favouritingChangesNoFile() {
        remote().favorite(A, true);
        SyncReport r = sync();
        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.INCREMENTAL);
        assertThat(r.get(SyncReport.Counter.DOWNLOADED) + r.get(SyncReport.Counter.MOVED) + r.get(SyncReport.Counter.TRASHED)).isZero();
    }

    @Test
    void anEditAddsTheEditedVersionAndAReEditReplacesIt() {
        remote().edit(A);
        sync();
        String first = LocalTree.files(library, "Photos").get("Photos/2024/05/IMG_0001-edited.JPG");
        assertThat(first).isNotNull();
        remote().edit(A);
        SyncReport r = sync();
        String second = LocalTree.files(library, "Photos").get("Photos/2024/05/IMG_0001-edited.JPG");
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(r.get(SyncReport.Counter.TRASHED)).isEqualTo(1);
        assertThat(LocalTree.files(library, ".orchard-trash")).containsValue(first);
        assertThat(LocalTree.links(library, "Albums")).containsEntry("Albums/Trips/Rome/IMG_0001-edited.JPG",
                "Photos/2024/05/IMG_0001-edited.JPG");
    }

    @Test
    void albumMembershipRenamesAndMovesFollowICloud() {
        remote().addToAlbum(B, ART);
        remote().removeFromAlbum(A, ROME);
        remote().renameAlbum(ART, "Art & Design");
        remote().moveAlbum(ROME, null);
        remote().addToAlbum(C, ROME);
        sync();
        assertThat(LocalTree.userAlbums(library)).containsOnlyKeys(
                "Albums/Art & Design/IMG_0002.HEIC", "Albums/Art & Design/IMG_0002.MOV", "Albums/Art & Design/IMG_0003.MOV",
                "Albums/Rome/IMG_0003.MOV");
        assertThat(library.resolve("Albums/Trips")).isDirectory();
        assertThat(library.resolve("Albums/Art")).doesNotExist();
    }

    @Test
    void aFileSomeonePutInPlaceOfAnAlbumLinkIsKeptWhenTheAssetLeavesTheAlbum() throws Exception {
        java.nio.file.Path link = library.resolve("Albums/Trips/Rome/IMG_0001.JPG");
        assertThat(link).isSymbolicLink();
        java.nio.file.Files.delete(link);
        java.nio.file.Files.writeString(link, "my own edit");
        remote().removeFromAlbum(A, ROME);
        sync();
        assertThat(link).doesNotExist();
        try (var found = java.nio.file.Files.walk(library.resolve(".orchard-trash"))) {
            assertThat(found.filter(p -> p.endsWith("Albums/Trips/Rome/IMG_0001.JPG")).toList())
                    .singleElement().satisfies(p -> assertThat(p).hasContent("my own edit"));
        }
    }

    @Test
    void hidingAnAssetTakesItOutUnlessHiddenAreWanted() {
        remote().hide(A, true);
        sync();
        assertThat(LocalTree.files(library, "Photos")).doesNotContainKey("Photos/2024/05/IMG_0001.JPG");
        sync(b -> b.includeHidden(true));
        assertThat(LocalTree.files(library, "Photos")).containsKey("Photos/2024/05/IMG_0001.JPG");
    }

    @Test
    void aRejectedTokenFallsBackToAFullListing() throws Exception {
        try (var db = dev.orchard.photos.state.StateDb.open(library.resolve(".orchard/photos.db"), false)) {
            db.txRun(d -> d.update("UPDATE zones SET sync_token = 'garbage' WHERE zone = 'PrimarySync'"));
        }
        remote().favorite(A, true);
        SyncReport r = sync();
        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.FULL);
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isZero();
        assertThat(LocalTree.files(library, "Photos")).hasSize(4);
        fake.stats().reset();
        sync();
        assertThat(cloudKitRequests()).isEqualTo(1);
    }
}

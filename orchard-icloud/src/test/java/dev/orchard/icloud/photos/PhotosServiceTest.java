package dev.orchard.icloud.photos;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.PhotosSettings;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.changes.DatabaseChanges;
import dev.orchard.icloud.photos.changes.ZoneDelta;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.cloudkit.PhotosException;
import dev.orchard.icloud.photos.listing.AssetLister;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.AssetIndex;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.records.AssetTrash;
import dev.orchard.icloud.testing.FakeSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotosServiceTest {
    @TempDir
    static Path dir;
    static FakeICloud fake;
    static ICloudSession session;
    static PhotosService photos;
    static PhotoLibrary library;
    static final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
        library = fake.photos().generate(250);
        session = FakeSessions.open(fake, dir, waits::add);
        photos = new PhotosService(session, 4);
    }

    @AfterAll
    static void stop() {
        session.close();
        fake.close();
    }

    @Test
    void findsThePersonalAndTheSharedLibraryWhereverTheSharedOneIsListed() {
        assertThat(photos.zones()).extracting(PhotoZone::zoneName).first().isEqualTo("PrimarySync");
        for (PhotosSettings.SharedZoneListing where : PhotosSettings.SharedZoneListing.values()) {
            fake.photos().settings().sharedZoneListing(where);
            List<PhotoZone> zones = photos.zones();
            assertThat(zones).hasSize(2);
            assertThat(zones.get(1).zoneName()).startsWith("SharedSync-");
        }
        fake.photos().settings().sharedZoneListing(PhotosSettings.SharedZoneListing.PRIVATE);
    }

    @Test
    void listsEveryAssetOnceInParallelPages() {
        PhotoZone zone = photos.zones().get(0);
        assertThat(photos.checkIndexing(zone)).isNotBlank();
        long count = photos.count(zone, AssetIndex.ALL);
        List<PhotoAsset> all = new ArrayList<>();
        AssetLister.Result r = photos.lister().list(zone, AssetIndex.ALL, count, all::addAll, n -> { });
        assertThat(all).hasSize((int) count);
        assertThat(new HashSet<>(all.stream().map(PhotoAsset::id).toList())).hasSize((int) count);
        assertThat(all).allSatisfy(a -> assertThat(a.asset().masterId()).isEqualTo(a.master().recordName()));
        assertThat(r.pages()).isEqualTo((int) ((count + 99) / 100));
        assertThat(all).noneMatch(a -> a.asset().hidden() || a.asset().trashed());
        List<PhotoAsset> hidden = new ArrayList<>();
        photos.lister().list(zone, AssetIndex.HIDDEN, photos.count(zone, AssetIndex.HIDDEN), hidden::addAll, n -> { });
        assertThat(hidden).isNotEmpty().allMatch(a -> a.asset().hidden());
    }

    @Test
    void readsTheAlbumTreeAndItsMembers() {
        PhotoZone zone = photos.zones().get(0);
        List<Album> albums = photos.albums().albums(zone);
        assertThat(albums).extracting(Album::name).contains("Travel", "2024", "Paris/Lyon", "Kyōto 京都", "Empty album")
                .doesNotContainNull();
        assertThat(albums).noneMatch(a -> Album.isRootRecord(a.recordName()));
        List<String> ids = albums.stream().filter(a -> !a.folder()).map(Album::recordName).toList();
        Map<String, List<String>> members = photos.albums().members(zone, ids);
        for (String id : ids) {
            long expected = library.primary().assets().stream().filter(a -> !a.trashed() && !a.hidden()
                    && a.memberships().stream().anyMatch(m -> m.album().recordName().equals(id))).count();
            assertThat(members.get(id)).as(id).hasSize((int) expected);
        }
    }

    @Test
    void theChangeFeedIsEmptyWhenNothingChangedAndCarriesEachChange() {
        DatabaseChanges first = photos.changes().databaseChanges("private", null);
        assertThat(first.changedZones()).isNotEmpty();
        DatabaseChanges none = photos.changes().databaseChanges("private", first.syncToken());
        assertThat(none.changedZones()).isEmpty();
        PhotoZone zone = photos.zones().get(0);
        String token = photos.checkIndexing(zone);
        String asset = library.primary().assets().get(3).recordName();
        library.favorite(asset, true);
        assertThat(photos.changes().databaseChanges("private", first.syncToken()).changedZones())
                .extracting(PhotoZone::zoneName).contains("PrimarySync");
        List<ZoneDelta> pages = new ArrayList<>();
        String next = photos.changes().zoneChanges(zone, token, pages::add);
        assertThat(pages).flatExtracting(ZoneDelta::assets).singleElement()
                .satisfies(a -> assertThat(a.favorite()).isTrue());
        List<ZoneDelta> after = new ArrayList<>();
        photos.changes().zoneChanges(zone, next, after::add);
        assertThat(after).allMatch(ZoneDelta::isEmpty);
    }

    @Test
    void aTokenAppleDoesNotKnowIsReportedAsRejected() {
        PhotoZone zone = photos.zones().get(0);
        assertThatThrownBy(() -> photos.changes().zoneChanges(zone, "bm90IGEgdG9rZW4", d -> { }))
                .isInstanceOfSatisfying(PhotosException.class, e -> assertThat(e.reason()).isEqualTo(PhotosException.Reason.TOKEN_REJECTED));
    }

    @Test
    void trashMovesAssetsToRecentlyDeletedInBatchesThroughConflictsAndLocks() {
        fake.photos().settings().strictChangeTags(true).failModifies(2, "CAS_OP_LOCK");
        PhotoZone zone = photos.zones().get(0);
        long before = photos.count(zone, AssetIndex.RECENTLY_DELETED);
        List<AssetTrash.Target> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (var a : library.primary().assets()) {
            if (a.trashed() || a.hidden() || targets.size() >= 120) continue;
            boolean stale = targets.size() % 10 == 0;
            targets.add(new AssetTrash.Target(a.recordName(), stale ? "stale" : tagOf(zone, a.recordName())));
            ids.add(a.recordName());
        }
        AssetTrash.Result r = photos.trash().trash(zone, targets);
        assertThat(r.failed()).isEmpty();
        assertThat(r.trashed()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(photos.count(zone, AssetIndex.RECENTLY_DELETED)).isEqualTo(before + 120);
        assertThat(waits).isNotEmpty();
    }

    private static String tagOf(PhotoZone zone, String id) {
        return photos.lookup().lookup(zone, List.of(id)).get(0).changeTag();
    }
}

package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncReport;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.SmartAlbum;
import dev.orchard.photos.options.LinkMode;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class SmartAlbumsSyncTest extends FakeLibraryTest {
    static final String FAV = "AAAAAAAA-0000-4000-8000-000000000001";
    static final String VID = "AAAAAAAA-0000-4000-8000-000000000002";
    static final String SMART = "Albums/Smart Albums/";
    /** Which of the fake's own smart albums (its answer to the smartAlbum list filter) each folder stands for. */
    static final Map<String, SmartAlbum> FOLDERS = Map.of("Favourites", SmartAlbum.FAVORITE, "Videos", SmartAlbum.VIDEO,
            "Live Photos", SmartAlbum.LIVE, "Screenshots", SmartAlbum.SCREENSHOT, "Panoramas", SmartAlbum.PANORAMA,
            "Slo-mo", SmartAlbum.SLOMO, "Time-lapse", SmartAlbum.TIMELAPSE);

    @BeforeEach
    void spec() {
        load("""
                {"seed": 41, "sharedLibrary": false, "albums": [{"key": "mine", "name": "Smart Albums"}],
                 "assets": [
                   {"id": "%s", "filename": "FAV.JPG", "favorite": true, "albums": ["mine"]},
                   {"id": "%s", "kind": "video", "filename": "VID.MOV"},
                   {"kind": "live", "filename": "LIVE.HEIC", "favorite": true},
                   {"filename": "SHOT.PNG", "format": "png", "subtype": "screenshot"},
                   {"filename": "PANO.JPG", "subtype": "panorama"},
                   {"kind": "video", "filename": "SLOW.MOV", "subtype": "slomo"},
                   {"kind": "video", "filename": "LAPSE.MOV", "subtype": "timelapse"},
                   {"filename": "B1.JPG", "burst": "BURST-1"},
                   {"filename": "B2.JPG", "burst": "BURST-1"},
                   {"filename": "HID.JPG", "hidden": true, "favorite": true},
                   {"filename": "GONE.JPG", "deleted": true, "favorite": true}]}""".formatted(FAV, VID));
    }

    @Test
    void everySmartAlbumHoldsWhatICloudsOwnSmartAlbumHolds() {
        sync(b -> b.includeHidden(true));
        Map<String, String> links = LocalTree.links(library, "Albums");
        for (Map.Entry<String, SmartAlbum> e : FOLDERS.entrySet()) {
            assertThat(originals(links, e.getKey())).as(e.getKey())
                    .isEqualTo(fakeNames(a -> !a.hidden() && !a.trashed() && e.getValue().contains(a)));
        }
        assertThat(originals(links, "Bursts")).isEqualTo(fakeNames(a -> !a.hidden() && !a.trashed() && a.burstId() != null))
                .containsExactly("B1.JPG", "B2.JPG");
        assertThat(originals(links, "Hidden")).containsExactly("HID.JPG");
        assertThat(originals(links, "Favourites")).containsExactly("FAV.JPG", "LIVE.HEIC");
        assertThat(links).containsEntry(SMART + "Live Photos/LIVE.MOV", "Photos/2019/01/LIVE.MOV")
                .containsEntry(SMART + "Favourites/FAV.JPG", "Photos/2019/01/FAV.JPG");
        assertThat(links.keySet()).as("the user's album called Smart Albums keeps its own folder")
                .anyMatch(k -> k.matches("Albums/Smart Albums_[0-9A-F]{8}/FAV\\.JPG"));
    }

    @Test
    void withoutHiddenPhotosThereIsNoHiddenFolder() {
        sync();
        assertThat(library.resolve(SMART + "Hidden")).doesNotExist();
        assertThat(library.resolve(SMART + "Favourites")).isDirectory();
    }

    @Test
    void smartAlbumsCostNoRequest() {
        Set<String> folders = new TreeSet<>();
        sync(b -> b.smartAlbums(false));
        long without = cloudKitRequests();
        fake.stats().reset();
        library = dir.resolve("second");
        sync();
        assertThat(cloudKitRequests()).isEqualTo(without);
        try (var s = Files.list(library.resolve("Albums/Smart Albums"))) {
            s.forEach(p -> folders.add(p.getFileName().toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(folders).containsExactly("Bursts", "Favourites", "Live Photos", "Panoramas", "Screenshots", "Slo-mo",
                "Time-lapse", "Videos");
    }

    @Test
    void aFavouriteSetOrRemovedInICloudShowsUpAfterTheNextSync() {
        sync();
        remote().favorite(VID, true);
        remote().trash(FAV);
        sync();
        Map<String, String> links = LocalTree.links(library, "Albums");
        assertThat(originals(links, "Favourites")).containsExactly("LIVE.HEIC", "VID.MOV");
        assertThat(library.resolve("Photos/2019/01/FAV.JPG")).doesNotExist();
        remote().favorite(VID, false);
        sync();
        assertThat(originals(LocalTree.links(library, "Albums"), "Favourites")).containsExactly("LIVE.HEIC");
    }

    @Test
    void turningThemOffRemovesTheFolderAndHardLinksWorkToo() throws Exception {
        sync();
        assertThat(library.resolve(SMART + "Videos/VID.MOV")).isSymbolicLink();
        sync(b -> b.smartAlbums(false));
        assertThat(library.resolve("Albums/Smart Albums")).doesNotExist();
        assertThat(LocalTree.links(library, "Albums").keySet()).noneMatch(k -> k.startsWith(SMART));
        sync(b -> b.albumLinks(LinkMode.HARDLINK));
        assertThat(Files.isSameFile(library.resolve(SMART + "Videos/VID.MOV"), library.resolve("Photos/2019/01/VID.MOV"))).isTrue();
        assertThat(Files.isSymbolicLink(library.resolve(SMART + "Videos/VID.MOV"))).isFalse();
    }

    @Test
    void aLibrarySyncedBeforeTheFieldsWereKeptIsListedInFullOnce() {
        sync();
        try (StateDb db = StateDb.open(library.resolve(".orchard/photos.db"), false)) {
            db.txRun(d -> {
                d.update("UPDATE assets SET asset_subtype = NULL, burst_id = NULL, fp = 'before'");
                d.putMeta("asset-fields", null);
            });
        }
        sync();
        assertThat(originals(LocalTree.links(library, "Albums"), "Bursts")).containsExactly("B1.JPG", "B2.JPG");
        SyncReport again = sync();
        assertThat(again.zones()).containsEntry("PrimarySync", SyncReport.FetchMode.UNCHANGED);
    }

    /** Names of the entries in a smart album's folder that are originals (not Live Photo videos). */
    private static Set<String> originals(Map<String, String> links, String folder) {
        Set<String> out = new TreeSet<>();
        for (String k : links.keySet()) {
            if (!k.startsWith(SMART + folder + "/")) continue;
            String name = k.substring(k.lastIndexOf('/') + 1);
            if (!name.equals("LIVE.MOV")) out.add(name);
        }
        return out;
    }

    private Set<String> fakeNames(Predicate<Asset> member) {
        Set<String> out = new TreeSet<>();
        for (Asset a : remote().primary().assets()) if (member.test(a)) out.add(a.master().filename());
        return out;
    }
}

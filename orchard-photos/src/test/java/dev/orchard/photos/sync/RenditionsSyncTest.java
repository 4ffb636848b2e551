package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.ResourceRole;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.report.SyncReport.Counter;
import dev.orchard.photos.report.SyncReport.FetchMode;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** iCloud's thumbnails and previews: kept in the state folder, verified, incremental, dropped with their asset. */
class RenditionsSyncTest extends FakeLibraryTest {
    static final String PHOTO = "AAAAAAAA-0000-4000-8000-000000000001";
    static final String LIVE = "BBBBBBBB-0000-4000-8000-000000000002";
    static final String VIDEO = "CCCCCCCC-0000-4000-8000-000000000003";
    static final String EDITED = "DDDDDDDD-0000-4000-8000-000000000004";
    static final List<String> ALL = List.of(PHOTO, LIVE, VIDEO, EDITED);

    LibraryPaths paths;

    @BeforeEach
    void library() {
        paths = new LibraryPaths(library);
        load("""
                {"seed": 3, "sharedLibrary": false, "albums": [{"id": "A1000000-0000-4000-8000-0000000000A1", "key": "trip", "name": "Trip"}],
                 "assets": [
                   {"id": "%s", "filename": "IMG_0001.JPG", "date": "2024-05-01T10:00:00Z", "albums": ["trip"]},
                   {"id": "%s", "kind": "live", "filename": "IMG_0002.HEIC", "date": "2024-05-02T10:00:00Z"},
                   {"id": "%s", "kind": "video", "filename": "IMG_0003.MOV", "date": "2024-05-03T10:00:00Z"},
                   {"id": "%s", "filename": "IMG_0004.JPG", "date": "2024-05-04T10:00:00Z", "edited": true}
                 ]}""".formatted(PHOTO, LIVE, VIDEO, EDITED));
    }

    @Test
    void everyAssetGetsItsVerifiedThumbAndPreviewOutsideTheLibraryFolders() throws IOException {
        SyncReport r = sync();
        assertThat(r.complete()).isTrue();
        assertThat(r.get(Counter.PREVIEWS)).isEqualTo(8);
        assertThat(r.get(Counter.DOWNLOADED)).as("library files only").isEqualTo(6);
        for (String id : ALL) {
            Asset a = asset(id);
            String thumb = id.equals(EDITED) ? a.edit().thumb().checksum().base64()
                    : a.master().resources().get(ResourceRole.JPEG_THUMB).checksum().base64();
            assertRendition(id, "thumb", thumb, 480);
            assertRendition(id, "med", a.master().resources().get(ResourceRole.JPEG_MED).checksum().base64(), 1024);
        }
        assertThat(LocalTree.files(library, "Photos")).hasSize(6);
        assertThat(LocalTree.userAlbums(library)).containsOnlyKeys("Albums/Trip/IMG_0001.JPG");
        assertThat(Files.getPosixFilePermissions(paths.state()).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE, OWNER_EXECUTE]");
    }

    @Test
    void aSyncWithNothingChangedFetchesNoRenditionAgain() {
        sync();
        fake.stats().reset();
        SyncReport r = sync();
        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.UNCHANGED);
        assertThat(cloudKitRequests()).isEqualTo(1);
        assertThat(fake.stats().count(ServiceGroup.CDN)).isZero();
        assertThat(r.get(Counter.PREVIEWS)).isZero();
    }

    @Test
    void renditionsCanBeTurnedOffAndOnWithoutListingAgain() {
        SyncReport off = sync(b -> b.thumbnails(false));
        assertThat(off.get(Counter.PREVIEWS)).isZero();
        assertThat(Files.exists(paths.state().resolve("derivatives"))).isFalse();
        fake.stats().reset();
        SyncReport on = sync();
        assertThat(on.zones()).containsEntry("PrimarySync", FetchMode.UNCHANGED);
        assertThat(on.get(Counter.PREVIEWS)).isEqualTo(8);
        assertThat(on.get(Counter.DOWNLOADED)).isZero();
        assertThat(on.get(Counter.ASSETS_LISTED)).isZero();
        sync(b -> b.thumbnails(false));
        for (String id : ALL) {
            assertThat(paths.derivative("PrimarySync", id, "thumb")).doesNotExist();
            assertThat(paths.derivative("PrimarySync", id, "med")).doesNotExist();
        }
        assertThat(LocalTree.files(library, "Photos")).hasSize(6);
    }

    @Test
    void anAssetThatLeavesDropsItsRenditionsAndAnEditGetsItsNewThumb() throws IOException {
        sync();
        remote().trash(LIVE);
        remote().edit(PHOTO);
        SyncReport r = sync();
        assertThat(r.complete()).isTrue();
        assertThat(paths.derivative("PrimarySync", LIVE, "thumb")).doesNotExist();
        assertThat(paths.derivative("PrimarySync", LIVE, "med")).doesNotExist();
        assertThat(LocalTree.files(library, ".orchard-trash").keySet()).noneMatch(p -> p.contains("derivatives"));
        assertRendition(PHOTO, "thumb", asset(PHOTO).edit().thumb().checksum().base64(), 480);
        assertThat(r.get(Counter.PREVIEWS)).isEqualTo(1);
    }

    @Test
    void aLibrarySyncedBeforeRenditionsGetsThemByLookupNotByListingAgain() throws Exception {
        sync(b -> b.thumbnails(false));
        forgetRenditions();
        fake.stats().reset();
        SyncReport r = sync();
        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.UNCHANGED);
        assertThat(r.get(Counter.RENDITION_LOOKUPS)).isEqualTo(1);
        assertThat(cloudKitRequests()).as("the change token and one lookup").isEqualTo(2);
        assertThat(r.get(Counter.PREVIEWS)).isEqualTo(8);
        assertThat(r.get(Counter.DOWNLOADED)).isZero();
        assertRendition(EDITED, "thumb", asset(EDITED).edit().thumb().checksum().base64(), 480);
        fake.stats().reset();
        sync();
        assertThat(cloudKitRequests()).as("only once").isEqualTo(1);
    }

    @Test
    void aThumbnailThatNeverMatchesItsChecksumIsQuarantinedAndFetchedNextTime() {
        String thumb = asset(PHOTO).master().resources().get(ResourceRole.JPEG_THUMB).checksum().base64Url();
        CdnClient real = CdnClient.of(session);
        CdnClient corruptingThumb = (url, from) -> {
            StreamingResponse r = real.get(url, from);
            if (!url.contains("/B/" + thumb)) return r;
            return new StreamingResponse(r.uri(), r.status(), r.headers(), DownloadIntegrityTest.flipFirstByte(r.body()));
        };
        SyncReport r = new PhotoSync(photos, corruptingThumb, SyncOptions.builder(library).build(), SyncListener.NONE,
                DownloadHooks.NONE, waits::add).run();
        assertThat(r.quarantined()).singleElement().asString().contains("derivatives").contains("checksum");
        assertThat(paths.derivative("PrimarySync", PHOTO, "thumb")).doesNotExist();
        assertThat(paths.derivative("PrimarySync", PHOTO, "med")).isRegularFile();
        assertThat(LocalTree.files(library, "Photos")).containsKey("Photos/2024/05/IMG_0001.JPG");
        SyncReport again = sync();
        assertThat(again.complete()).isTrue();
        assertThat(again.get(Counter.PREVIEWS)).isEqualTo(1);
        assertThat(paths.derivative("PrimarySync", PHOTO, "thumb")).isRegularFile();
    }

    /** Makes the state look like one written before renditions were kept: none stored, none known. */
    private void forgetRenditions() throws Exception {
        try (StateDb db = StateDb.open(paths.database(), false)) {
            db.txRun(d -> {
                d.update("DELETE FROM resources WHERE role IN ('THUMB', 'PREVIEW', 'EDITED_THUMB')");
                d.update("DELETE FROM meta WHERE key IN ('renditions', 'renditions-known')");
                d.update("UPDATE masters SET fp = 'written before renditions'");
                d.update("UPDATE assets SET fp = 'written before renditions'");
            });
        }
    }

    private Asset asset(String id) {
        return remote().read(() -> remote().primary().assets().stream().filter(a -> a.recordName().equals(id)).findFirst().orElseThrow());
    }

    private void assertRendition(String id, String kind, String checksum, int width) throws IOException {
        Path p = paths.derivative("PrimarySync", id, kind);
        assertThat(p).as(id + " " + kind).isRegularFile();
        assertThat(FileFetcher.checksum(p)).as(id + " " + kind).isEqualTo(checksum);
        BufferedImage img = ImageIO.read(p.toFile());
        assertThat(img.getWidth()).as(id + " " + kind).isEqualTo(width);
    }
}

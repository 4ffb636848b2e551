package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssetKindsTest extends FakeLibraryTest {
    static final String SPEC = """
            {"seed": 5, "albums": [
               {"key": "trips", "name": "Trips", "folder": true, "children": [{"key": "rome", "name": "Rome"}]},
               {"key": "fav", "name": "Favourites/2024"}],
             "assets": [
               {"key": "jpg", "kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-05-01T10:00:00Z", "albums": ["rome", "fav"]},
               {"kind": "photo", "format": "heic", "filename": "IMG_0002.HEIC", "date": "2024-05-02T10:00:00Z"},
               {"kind": "live", "filename": "IMG_0003.HEIC", "date": "2024-05-03T10:00:00Z", "albums": ["rome"]},
               {"kind": "video", "filename": "IMG_0004.MOV", "date": "2024-06-01T10:00:00Z"},
               {"kind": "raw", "format": "jpeg", "filename": "IMG_0005.JPG", "date": "2024-06-02T10:00:00Z"},
               {"kind": "photo", "filename": "IMG_0006.JPG", "date": "2024-06-03T10:00:00Z", "edited": true},
               {"kind": "video", "filename": "IMG_0007.MOV", "date": "2024-06-04T10:00:00Z", "edited": true},
               {"kind": "photo", "format": "png", "subtype": "screenshot", "filename": "Screenshot 1.PNG", "date": "2024-06-05T10:00:00Z"},
               {"kind": "photo", "noFilename": true, "date": "2024-06-06T10:00:00Z"},
               {"kind": "photo", "filename": "hidden.JPG", "date": "2024-06-07T10:00:00Z", "hidden": true},
               {"kind": "photo", "filename": "trashed.JPG", "date": "2024-06-08T10:00:00Z", "deleted": true},
               {"kind": "photo", "filename": "shared.JPG", "date": "2024-06-09T10:00:00Z", "sharedLibrary": true},
               {"kind": "live", "filename": "IMG_0010.JPG", "format": "jpeg", "date": "2024-06-10T10:00:00Z", "edited": true},
               {"kind": "video", "subtype": "slomo", "filename": "SLOMO.MOV", "date": "2024-06-11T10:00:00Z"}
             ]}""";

    @Test
    void everyKindLandsWhereAPersonWouldLookForIt() throws Exception {
        load(SPEC);
        SyncReport r = sync();
        assertThat(r.failed()).isEmpty();
        assertThat(r.quarantined()).isEmpty();
        Map<String, String> files = LocalTree.files(library, "Photos");
        assertThat(files.keySet()).contains(
                "Photos/2024/05/IMG_0001.JPG",
                "Photos/2024/05/IMG_0002.HEIC",
                "Photos/2024/05/IMG_0003.HEIC", "Photos/2024/05/IMG_0003.MOV",
                "Photos/2024/06/IMG_0004.MOV",
                "Photos/2024/06/IMG_0005.JPG",
                "Photos/2024/06/IMG_0006.JPG", "Photos/2024/06/IMG_0006-edited.JPG",
                "Photos/2024/06/IMG_0007.MOV", "Photos/2024/06/IMG_0007-edited.MOV",
                "Photos/2024/06/Screenshot 1.PNG",
                "Photos/2024/06/IMG_0010.JPG", "Photos/2024/06/IMG_0010.MOV", "Photos/2024/06/IMG_0010-edited.JPG",
                "Photos/2024/06/SLOMO.MOV");
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("Photos/2024/06/IMG_0005.") && !p.endsWith(".JPG"));
        assertThat(files.keySet()).noneMatch(p -> p.contains("hidden") || p.contains("trashed") || p.contains("SLOMO-edited"));
        assertThat(LocalTree.files(library, "Shared Library")).containsOnlyKeys("Shared Library/2024/06/shared.JPG");
        assertThat(Files.getLastModifiedTime(library.resolve("Photos/2024/05/IMG_0001.JPG")).toInstant())
                .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(LocalTree.links(library, "Albums")).containsEntry("Albums/Trips/Rome/IMG_0001.JPG", "Photos/2024/05/IMG_0001.JPG")
                .containsEntry("Albums/Trips/Rome/IMG_0003.HEIC", "Photos/2024/05/IMG_0003.HEIC")
                .containsEntry("Albums/Trips/Rome/IMG_0003.MOV", "Photos/2024/05/IMG_0003.MOV")
                .containsEntry("Albums/Favourites_2024/IMG_0001.JPG", "Photos/2024/05/IMG_0001.JPG");
        assertThat(r.get(SyncReport.Counter.UNVERIFIED)).isZero();
    }

    @Test
    void hiddenAssetsComeWhenAskedFor() {
        load(SPEC);
        sync(b -> b.includeHidden(true));
        assertThat(LocalTree.files(library, "Photos")).containsKey("Photos/2024/06/hidden.JPG");
    }
}

package dev.orchard.photos.xmp;

import dev.orchard.photos.options.XmpNaming;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.ContentSizes;
import dev.orchard.fake.photos.library.Location;
import dev.orchard.fake.photos.library.Relation;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.fake.photos.library.ZoneRecord;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.options.DeletedPolicy;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.Counter;
import dev.orchard.photos.report.SyncReport.FetchMode;
import dev.orchard.photos.testing.ExifTool;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import dev.orchard.photos.verify.Verifier;
import dev.orchard.photos.verify.VerifyReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** XMP sidecars (--photos-xmp), read back with exiftool and compared with the fake's own records. */
class XmpSidecarTest extends FakeLibraryTest {
    private static final DateTimeFormatter EXIFTOOL_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss.SSSxxx");
    static final String A = "AAAAAAAA-0000-4000-8000-000000000001";
    static final String B = "BBBBBBBB-0000-4000-8000-000000000002";
    static final String C = "CCCCCCCC-0000-4000-8000-000000000003";
    static final String D = "DDDDDDDD-0000-4000-8000-000000000004";

    @BeforeEach
    void needsExifTool() {
        String missing = ExifTool.missing();
        assumeTrue(missing == null, () -> "skipped: " + missing);
    }

    /** A photo and a video of different assets named IMG_0001, a Live Photo, a RAW+JPEG pair; one month. */
    private void smallLibrary() {
        load("""
                {"seed": 15, "sharedLibrary": false, "albums": [
                   {"key": "trips", "name": "Trips", "folder": true, "children": [{"key": "rome", "name": "Rome | Lazio"}]}],
                 "assets": [
                   {"id": "%s", "filename": "IMG_0001.JPG", "date": "2024-05-01T10:00:00Z", "timeZoneOffset": 7200, "albums": ["rome"],
                    "caption": "Colosseum", "location": {"lat": 41.890251, "lon": 12.492373, "alt": 30, "course": 90}},
                   {"id": "%s", "kind": "live", "filename": "IMG_0002.HEIC", "date": "2024-05-02T10:00:00Z"},
                   {"id": "%s", "kind": "video", "filename": "IMG_0001.MOV", "date": "2024-05-03T10:00:00Z"},
                   {"id": "%s", "kind": "raw", "format": "dng", "filename": "IMG_0004.DNG", "date": "2024-05-04T10:00:00Z"}
                 ]}""".formatted(A, B, C, D));
    }

    @Test
    void everySidecarSaysWhatTheFakeHolds() throws Exception {
        fake.photos().settings().contentSizes(new ContentSizes(1_500, 3_000));
        fake.photos().generate(90);
        Asset described = find(remote().primary().assets().stream().filter(a -> "A caption with ünïcode".equals(a.caption()))
                .findFirst().orElseThrow().recordName());
        Album nested = remote().primary().albums().stream().filter(a -> "Kyōto 京都".equals(a.name())).findFirst().orElseThrow();
        remote().addToAlbum(described.recordName(), nested.recordName());
        remote().addAsset(AssetSpec.of(AssetKind.PHOTO).filename("ROTATED.JPG").orientation(6).favorite(true).hidden(true)
                .keywords(List.of("x<y", "a&b")).location(Location.at(-89.5, -179.25, 8848.86, 1_700_000_000_000L)));

        SyncReport r = sync(b -> b.xmp(XmpNaming.FULL).includeHidden(true));

        assertThat(r.complete()).isTrue();
        List<String> files = LocalTree.originals(library).keySet().stream().filter(p -> !p.endsWith(".xmp")).toList();
        List<String> sidecars = LocalTree.originals(library).keySet().stream().filter(p -> p.endsWith(".xmp")).toList();
        assertThat(sidecars).containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f + ".xmp").toList());
        assertThat(r.get(Counter.SIDECARS)).isEqualTo(files.size());
        Map<Path, JsonNode> tags = ExifTool.read(sidecars.stream().map(library::resolve).toList());
        assertThat(tags).hasSize(sidecars.size());
        int located = 0;
        int withKeywords = 0;
        for (Map.Entry<Path, JsonNode> e : tags.entrySet()) {
            JsonNode t = e.getValue();
            assertThat(t.has("ExifTool:Warning") || t.has("ExifTool:Error")).as(e.getKey() + ": " + t).isFalse();
            assertThat(t.path("File:FileType").asText()).isEqualTo("XMP");
            Asset a = find(t.path("XMP-icloud:AssetID").asText());
            assertThat(a).as("asset of " + e.getKey()).isNotNull();
            assertSays(t, a, e.getKey().toString());
            if (a.location() != null) located++;
            if (!a.keywords().isEmpty()) withKeywords++;
            assertThat(Files.getPosixFilePermissions(e.getKey())).as("readable by everyone").contains(PosixFilePermission.OTHERS_READ);
        }
        assertThat(located).as("the generator places most pictures").isGreaterThan(tags.size() / 2);
        assertThat(withKeywords).isPositive();
        JsonNode d = tags.get(library.resolve(sidecars.stream().filter(s -> s.endsWith("IMG_0020.JPG.xmp")).findFirst().orElseThrow()));
        assertThat(d.path("XMP-dc:Description").asText()).isEqualTo("A <description> & \"quotes\"\nover two lines");
        assertThat(list(d.path("XMP-lr:HierarchicalSubject"))).containsExactly("Travel|2024|Kyōto 京都");
        assertThat(d.path("XMP-exif:GPSAltitudeRef").asInt()).as("below sea level").isEqualTo(1);
    }

    private void assertSays(JsonNode t, Asset a, String where) {
        String date = EXIFTOOL_DATE.format(Instant.ofEpochMilli(a.assetDate()).atOffset(ZoneOffset.ofTotalSeconds(a.timeZoneOffset())));
        assertThat(t.path("XMP-exif:DateTimeOriginal").asText()).as(where).isEqualTo(date);
        assertThat(t.path("XMP-xmp:CreateDate").asText()).as(where).isEqualTo(date);
        assertThat(t.path("XMP-xmp:Rating").asInt(-1)).as(where).isEqualTo(a.favorite() ? 5 : 0);
        assertThat(t.path("XMP-icloud:Hidden").asBoolean(!a.hidden())).as(where).isEqualTo(a.hidden());
        assertThat(t.has("XMP-dc:Title") ? t.path("XMP-dc:Title").asText() : null).as(where).isEqualTo(a.caption());
        assertThat(t.has("XMP-dc:Description") ? t.path("XMP-dc:Description").asText() : null).as(where).isEqualTo(a.description());
        assertThat(list(t.path("XMP-dc:Subject"))).as(where).containsExactlyElementsOf(a.keywords());
        assertThat(list(t.path("XMP-lr:HierarchicalSubject"))).as(where).containsExactlyInAnyOrderElementsOf(albumPaths(a));
        if (a.video()) {
            assertThat(t.has("XMP-tiff:Orientation")).as(where).isFalse();
        } else {
            assertThat(t.path("XMP-tiff:Orientation").asInt()).as(where).isEqualTo(a.master().orientation());
        }
        Location l = a.location();
        if (l == null) {
            assertThat(t.has("XMP-exif:GPSLatitude")).as(where).isFalse();
            return;
        }
        assertThat(t.path("XMP-exif:GPSLatitude").asDouble()).as(where).isCloseTo(l.latitude(), within(1e-7));
        assertThat(t.path("XMP-exif:GPSLongitude").asDouble()).as(where).isCloseTo(l.longitude(), within(1e-7));
        assertThat(t.path("Composite:GPSAltitude").asDouble()).as(where).isCloseTo(l.altitude(), within(1e-3));
        if (l.course() < 0) {
            assertThat(t.has("XMP-exif:GPSTrack")).as(where).isFalse();
        } else {
            assertThat(t.path("XMP-exif:GPSTrack").asDouble()).as(where).isCloseTo(l.course(), within(1e-3));
            assertThat(t.path("XMP-exif:GPSTrackRef").asText()).isEqualTo("T");
        }
    }

    /** Album paths as the fake holds them: folder names, then the album's, joined by '|'. */
    private List<String> albumPaths(Asset a) {
        List<String> out = new ArrayList<>();
        for (Relation rel : a.memberships()) {
            StringBuilder b = new StringBuilder(rel.album().name().replace('|', '/'));
            for (String p = rel.album().parentId(); p != null; ) {
                ZoneRecord parent = remote().primary().find(p);
                if (!(parent instanceof Album f) || f.special()) break;
                b.insert(0, f.name().replace('|', '/') + "|");
                p = f.parentId();
            }
            out.add(b.toString());
        }
        return out;
    }

    private Asset find(String id) {
        for (Zone z : remote().zones()) {
            if (z.find(id) instanceof Asset a) return a;
        }
        return null;
    }

    private static List<String> list(JsonNode n) {
        if (n.isMissingNode()) return List.of();
        if (!n.isArray()) return List.of(n.asText());
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private JsonNode tags(String path) throws Exception {
        Path p = library.resolve(path);
        return ExifTool.read(List.of(p)).get(p);
    }

    @Test
    void aFavouriteSetOnThePhoneShowsAfterTheNextSyncWithoutADownload() throws Exception {
        smallLibrary();
        sync(b -> b.xmp(XmpNaming.FULL));
        assertThat(tags("Photos/2024/05/IMG_0001.JPG.xmp").path("XMP-xmp:Rating").asInt()).isZero();
        String untouched = Files.readString(library.resolve("Photos/2024/05/IMG_0002.HEIC.xmp"));
        fake.stats().reset();

        remote().favorite(A, true);
        remote().describe(C, "Title set on the Mac", "and a description", List.of("beach"));
        SyncReport r = sync(b -> b.xmp(XmpNaming.FULL));

        assertThat(r.zones()).containsEntry("PrimarySync", FetchMode.INCREMENTAL);
        assertThat(fake.stats().count(dev.orchard.fake.http.ServiceGroup.CDN)).as("no download").isZero();
        assertThat(r.get(Counter.DOWNLOADED)).isZero();
        assertThat(r.get(Counter.SIDECARS)).as("only the two changed assets' sidecars").isEqualTo(2);
        JsonNode a = tags("Photos/2024/05/IMG_0001.JPG.xmp");
        assertThat(a.path("XMP-xmp:Rating").asInt()).isEqualTo(5);
        assertThat(a.path("XMP-dc:Title").asText()).isEqualTo("Colosseum");
        assertThat(list(a.path("XMP-lr:HierarchicalSubject"))).containsExactly("Trips|Rome / Lazio");
        JsonNode c = tags("Photos/2024/05/IMG_0001.MOV.xmp");
        assertThat(c.path("XMP-dc:Title").asText()).isEqualTo("Title set on the Mac");
        assertThat(list(c.path("XMP-dc:Subject"))).containsExactly("beach");
        assertThat(Files.readString(library.resolve("Photos/2024/05/IMG_0002.HEIC.xmp"))).isEqualTo(untouched);

        remote().removeFromAlbum(A, remote().primary().albums().stream().filter(x -> "Rome | Lazio".equals(x.name())).findFirst()
                .orElseThrow().recordName());
        remote().locate(A, null);
        sync(b -> b.xmp(XmpNaming.FULL));
        JsonNode moved = tags("Photos/2024/05/IMG_0001.JPG.xmp");
        assertThat(moved.has("XMP-lr:HierarchicalSubject")).isFalse();
        assertThat(moved.has("XMP-exif:GPSLatitude")).isFalse();
    }

    @Test
    void stemNamesShareOneSidecarPerAssetAndNeverAnotherAssets() throws Exception {
        smallLibrary();
        Files.createDirectories(library.resolve("Photos/2024/05"));
        Files.writeString(library.resolve("Photos/2024/05/IMG_0004.xmp"), "someone else's notes");

        SyncReport r = sync(b -> b.xmp(XmpNaming.STEM));

        Set<String> sidecars = LocalTree.files(library, "Photos").keySet().stream().filter(p -> p.endsWith(".xmp"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        // A sorts before C, so the photo's sidecar takes the stem and the video's falls back to its full name; the Live
        // Photo's still and motion share one; the RAW pair's stem is someone else's file, left alone.
        assertThat(sidecars).containsExactly("Photos/2024/05/IMG_0001.MOV.xmp", "Photos/2024/05/IMG_0001.xmp",
                "Photos/2024/05/IMG_0002.xmp", "Photos/2024/05/IMG_0004.DNG.xmp", "Photos/2024/05/IMG_0004.JPG.xmp",
                "Photos/2024/05/IMG_0004.xmp");
        assertThat(Files.readString(library.resolve("Photos/2024/05/IMG_0004.xmp"))).isEqualTo("someone else's notes");
        assertThat(tags("Photos/2024/05/IMG_0001.xmp").path("XMP-icloud:AssetID").asText()).isEqualTo(A);
        assertThat(tags("Photos/2024/05/IMG_0001.MOV.xmp").path("XMP-icloud:AssetID").asText()).isEqualTo(C);
        assertThat(tags("Photos/2024/05/IMG_0002.xmp").path("XMP-icloud:AssetID").asText()).isEqualTo(B);
        assertThat(r.get(Counter.SIDECARS)).isEqualTo(5);

        SyncReport full = sync(b -> b.xmp(XmpNaming.FULL));
        assertThat(LocalTree.files(library, "Photos").keySet().stream().filter(p -> p.endsWith(".xmp")).sorted().toList())
                .containsExactly("Photos/2024/05/IMG_0001.JPG.xmp", "Photos/2024/05/IMG_0001.MOV.xmp", "Photos/2024/05/IMG_0002.HEIC.xmp",
                        "Photos/2024/05/IMG_0002.MOV.xmp", "Photos/2024/05/IMG_0004.DNG.xmp", "Photos/2024/05/IMG_0004.JPG.xmp",
                        "Photos/2024/05/IMG_0004.xmp");
        assertThat(full.get(Counter.SIDECARS_REMOVED)).as("the stem sidecars went to the trash").isEqualTo(2);
        assertThat(full.get(Counter.DOWNLOADED)).isZero();
    }

    @Test
    void sidecarsOfDeletedAssetsGoWithThemAndVerifyIgnoresThem() throws Exception {
        smallLibrary();
        sync(b -> b.xmp(XmpNaming.FULL).thumbnails(false));
        Map<String, String> originals = new TreeMap<>(LocalTree.originals(library));
        originals.keySet().removeIf(p -> p.endsWith(".xmp"));

        VerifyReport v = Verifier.run(library, false, n -> { });
        assertThat(v.clean()).isTrue();
        assertThat(v.verified()).isEqualTo(originals.size());

        remote().trash(B);
        sync(b -> b.xmp(XmpNaming.FULL));
        String trash = ".orchard-trash/" + LocalDate.now(ZoneOffset.UTC) + "/Photos/2024/05/";
        assertThat(LocalTree.files(library, ".orchard-trash")).containsKeys(trash + "IMG_0002.HEIC", trash + "IMG_0002.HEIC.xmp",
                trash + "IMG_0002.MOV", trash + "IMG_0002.MOV.xmp");
        assertThat(library.resolve("Photos/2024/05/IMG_0002.HEIC.xmp")).doesNotExist();

        remote().trash(C);
        sync(b -> b.xmp(XmpNaming.FULL).deleted(DeletedPolicy.KEEP));
        assertThat(library.resolve("Photos/2024/05/IMG_0001.MOV.xmp")).as("kept with its file").exists();
    }

    @Test
    void turningXmpOnListsOnceAndTurningItOffPutsTheSidecarsAway() throws Exception {
        smallLibrary();
        sync();
        assertThat(LocalTree.originals(library).keySet()).noneMatch(p -> p.endsWith(".xmp"));
        fake.stats().reset();

        SyncReport on = sync(b -> b.xmp(XmpNaming.FULL));
        assertThat(on.zones()).as("the metadata needs a listing that asks for it").containsEntry("PrimarySync", FetchMode.FULL);
        assertThat(fake.stats().count(dev.orchard.fake.http.ServiceGroup.CDN)).isZero();
        assertThat(tags("Photos/2024/05/IMG_0001.JPG.xmp").path("XMP-exif:GPSLatitude").asDouble()).isCloseTo(41.890251, within(1e-7));

        fake.stats().reset();
        SyncReport again = sync(b -> b.xmp(XmpNaming.FULL));
        assertThat(again.zones()).containsEntry("PrimarySync", FetchMode.UNCHANGED);
        assertThat(cloudKitRequests()).isEqualTo(1);
        assertThat(again.get(Counter.SIDECARS)).isZero();

        // A sync that does not say (an archive started from the web page) keeps them, and up to date.
        remote().favorite(A, true);
        SyncReport unsaid = sync();
        assertThat(unsaid.get(Counter.SIDECARS_REMOVED)).isZero();
        assertThat(tags("Photos/2024/05/IMG_0001.JPG.xmp").path("XMP-xmp:Rating").asInt()).isEqualTo(5);
        assertThat(tags("Photos/2024/05/IMG_0001.JPG.xmp").path("XMP-dc:Title").asText()).as("metadata still asked for").isEqualTo("Colosseum");

        SyncReport off = sync(b -> b.xmp(XmpNaming.OFF));
        assertThat(LocalTree.files(library, "Photos").keySet()).noneMatch(p -> p.endsWith(".xmp"));
        assertThat(off.get(Counter.SIDECARS_REMOVED)).isEqualTo(6);
        assertThat(LocalTree.files(library, ".orchard-trash").keySet()).anyMatch(p -> p.endsWith("IMG_0001.JPG.xmp"));
    }

    @Test
    void aSidecarWrittenButNotRecordedIsTakenOverNotDuplicated() throws Exception {
        smallLibrary();
        sync(b -> b.xmp(XmpNaming.STEM));
        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), false)) {
            db.txRun(d -> d.update("DELETE FROM sidecars"));
        }
        remote().favorite(A, true);
        sync(b -> b.xmp(XmpNaming.STEM));
        assertThat(tags("Photos/2024/05/IMG_0001.xmp").path("XMP-xmp:Rating").asInt()).isEqualTo(5);
        assertThat(library.resolve("Photos/2024/05/IMG_0001.JPG.xmp")).doesNotExist();
        assertThat(Files.readString(library.resolve("Photos/2024/05/IMG_0001.xmp"), StandardCharsets.UTF_8)).contains(A);
    }
}

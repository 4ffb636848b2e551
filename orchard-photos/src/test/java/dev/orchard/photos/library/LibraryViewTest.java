package dev.orchard.photos.library;

import dev.orchard.localfiles.StateException;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryViewTest {
    @TempDir
    Path dir;

    private static String id(int i) {
        return new AssetKey(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(i)).token();
    }

    private static List<String> all(LibraryView v, TimelineFilter f, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            TimelinePage p = v.timeline(f, cursor, limit);
            p.items().forEach(it -> ids.add(it.id()));
            cursor = p.next();
        } while (cursor != null);
        return ids;
    }

    @Test
    void pagesListEveryAssetOnceNewestFirst() {
        GeneratedLibrary.write(dir, 250, false);
        try (LibraryView v = LibraryView.open(dir)) {
            List<String> ids = all(v, TimelineFilter.ALL, 37);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 250; i++) expected.add(id(i));
            assertThat(ids).containsExactlyElementsOf(expected);
            assertThat(v.timeline(TimelineFilter.ALL, null, 250).next()).isNull();
        }
    }

    @Test
    void pagingStaysCompleteWhileASyncAddsAndRemovesAssets() {
        GeneratedLibrary.write(dir, 100, false);
        try (LibraryView v = LibraryView.open(dir); StateDb writer = StateDb.open(new LibraryPaths(dir).database(), false)) {
            Stores s = Stores.of(writer);
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            TimelinePage p = v.timeline(TimelineFilter.ALL, null, 30);
            p.items().forEach(it -> order.add(it.id()));
            // Between pages: a new photo older than the cursor, a new one newer than everything, one not yet listed removed,
            // one already listed removed.
            writer.txRun(d -> {
                s.assets().putAsset(GeneratedLibrary.ZONE, asset("late-old", GeneratedLibrary.taken(80) - 1000), 2);
                s.assets().putAsset(GeneratedLibrary.ZONE, asset("late-new", GeneratedLibrary.NEWEST + 1000), 2);
                s.assets().markRemoved(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(60));
                s.assets().markRemoved(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(5));
            });
            for (String cursor = p.next(); cursor != null; cursor = p.next()) {
                p = v.timeline(TimelineFilter.ALL, cursor, 30);
                p.items().forEach(it -> order.add(it.id()));
            }
            order.forEach(id -> assertThat(seen.add(id)).as("listed twice: %s", id).isTrue());
            for (int i = 0; i < 100; i++) if (i != 60) assertThat(seen).contains(id(i));
            assertThat(seen).doesNotContain(id(60)).contains(new AssetKey(GeneratedLibrary.ZONE, "late-old").token());
        }
    }

    private static Asset asset(String id, long taken) {
        return new Asset(id, GeneratedLibrary.ZONE, "master-1", "t", taken, taken, 0, false, false, false, 0, null, 0, null, Map.of());
    }

    @Test
    void viewsAndFiltersNarrowTheTimeline() {
        GeneratedLibrary.write(dir, 140, false);
        GeneratedLibrary.archive(dir, 3, false);
        GeneratedLibrary.archive(dir, 6, true);
        try (LibraryView v = LibraryView.open(dir)) {
            assertThat(v.count(filter(View.FAVOURITES))).isEqualTo(28);
            assertThat(v.count(filter(View.VIDEOS))).isEqualTo(14);
            assertThat(all(v, filter(View.LIVE), 50)).allSatisfy(id -> assertThat(v.details(AssetKey.parse(id)).item().kind()).isEqualTo("live"));
            assertThat(all(v, filter(View.ARCHIVED), 50)).containsExactly(id(3), id(6));
            assertThat(all(v, filter(View.LEFT_ICLOUD), 50)).containsExactly(id(6));
            assertThat(v.details(AssetKey.parse(id(6))).inICloud()).isFalse();
            assertThat(v.count(TimelineFilter.ALL)).isEqualTo(140);

            AssetKey travel = new AssetKey(GeneratedLibrary.ZONE, "folder-travel");
            AssetKey rome = new AssetKey(GeneratedLibrary.ZONE, "album-rome");
            assertThat(v.count(new TimelineFilter(View.ALL, travel, null, null, null, null))).isEqualTo(140 - 140 / 3);
            assertThat(v.count(new TimelineFilter(View.ALL, rome, null, null, null, null))).isEqualTo(47);
            assertThat(all(v, new TimelineFilter(View.ALL, null, null, null, null, "img_0001"), 50)).hasSize(9); // 10..19 but 13, a video (MOV_)
            assertThat(all(v, new TimelineFilter(View.ALL, null, null, null, "video", "%"), 50)).isEmpty();
            assertThat(v.count(new TimelineFilter(View.ALL, null, null, null, "photo", null))).isEqualTo(140 - 14 - v.count(filter(View.LIVE)));

            List<MonthCount> months = v.months(TimelineFilter.ALL);
            assertThat(months.stream().mapToLong(MonthCount::count).sum()).isEqualTo(140);
            MonthCount second = months.get(1);
            List<String> inMonth = all(v, TimelineFilter.ALL.month(LibraryView.month(second.month())), 7);
            assertThat(inMonth).hasSize((int) second.count());
            LocalDate day = LocalDate.of(2025, 12, 31);
            assertThat(all(v, new TimelineFilter(View.ALL, null, day, day, null, null), 50)).containsExactly(id(0), id(1), id(2));
        }
    }

    private static TimelineFilter filter(View view) {
        return new TimelineFilter(view, null, null, null, null, null);
    }

    @Test
    void detailsAndAlbumsDescribeTheLibrary() {
        GeneratedLibrary.write(dir, 30, false);
        GeneratedLibrary.archive(dir, 0, false);
        try (LibraryView v = LibraryView.open(dir)) {
            AssetDetails d = v.details(AssetKey.parse(id(5)));
            assertThat(d.item().kind()).isEqualTo("live");
            assertThat(d.item().name()).isEqualTo("IMG_00005.JPG");
            assertThat(d.file("ORIGINAL").path()).isEqualTo("Photos/2025/12/IMG_00005.JPG");
            assertThat(d.file("ORIGINAL").verified()).isTrue();
            assertThat(d.file("LIVE_VIDEO").onDisk()).isTrue();
            assertThat(d.width()).isEqualTo(96);
            assertThat(d.height()).isEqualTo(64);
            assertThat(d.albums()).extracting(AssetDetails.AlbumRef::path).containsExactly("Family");
            assertThat(v.details(new AssetKey(GeneratedLibrary.ZONE, "nope"))).isNull();

            List<AlbumNode> albums = v.albums();
            AlbumNode travel = albums.stream().filter(a -> a.name().equals("Travel")).findFirst().orElseThrow();
            AlbumNode rome = albums.stream().filter(a -> a.name().equals("Rome")).findFirst().orElseThrow();
            assertThat(travel.folder()).isTrue();
            assertThat(rome.path()).isEqualTo("Travel/Rome");
            assertThat(rome.parent()).isEqualTo(travel.id());
            assertThat(rome.count()).isEqualTo(10);
            assertThat(travel.count()).isEqualTo(20);
            assertThat(rome.cover()).isEqualTo(id(0));
            assertThat(albums).extracting(AlbumNode::path).doesNotContain("../../etc").allSatisfy(p -> assertThat(p).doesNotStartWith("."));
        }
    }

    @Test
    void readsWhileASyncHoldsAWriteTransaction() throws Exception {
        GeneratedLibrary.write(dir, 20, false);
        try (StateDb writer = StateDb.open(new LibraryPaths(dir).database(), false); LibraryView v = LibraryView.open(dir)) {
            writer.update("UPDATE assets SET favorite = 1");  // open, uncommitted write transaction
            assertThat(v.count(filter(View.FAVOURITES))).isEqualTo(4);
            writer.commit();
            assertThat(v.count(filter(View.FAVOURITES))).isEqualTo(20);
        }
    }

    @Test
    void refusesWhatItDidNotMake() {
        GeneratedLibrary.write(dir, 3, false);
        try (LibraryView v = LibraryView.open(dir)) {
            assertThatThrownBy(() -> v.timeline(TimelineFilter.ALL, "garbage!", 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AssetKey.parse("Li4vZXRj")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> v.timeline(TimelineFilter.ALL, null, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> View.parse("secret")).hasMessageContaining("favourites");
        }
        assertThatThrownBy(() -> LibraryView.open(dir.resolve("empty"))).isInstanceOf(StateException.class)
                .hasMessageContaining("photos.db is missing");
    }

    @Test
    void hiddenAssetsShowOnlyWhenTheLibraryKeepsThem() {
        GeneratedLibrary.write(dir, 10, false);
        try (StateDb db = StateDb.open(new LibraryPaths(dir).database(), false)) {
            db.txRun(d -> d.update("UPDATE assets SET hidden = 1 WHERE id IN (?, ?)", GeneratedLibrary.assetId(2), GeneratedLibrary.assetId(4)));
        }
        try (LibraryView v = LibraryView.open(dir)) {
            assertThat(all(v, TimelineFilter.ALL, 50)).hasSize(8).doesNotContain(id(2), id(4));
            assertThat(v.count(filter(View.HIDDEN))).isZero();
            assertThat(v.details(AssetKey.parse(id(2)))).isNull();
        }
        try (StateDb db = StateDb.open(new LibraryPaths(dir).database(), false)) {
            // The last listing took hidden assets in (--photos-hidden); asset 4's file is not here (yet).
            db.txRun(d -> {
                d.update("INSERT INTO zones(zone, database, hidden_listed) VALUES(?, 'private', 1)", GeneratedLibrary.ZONE);
                d.update("UPDATE files SET state = 'PLANNED' WHERE asset_id = ?", GeneratedLibrary.assetId(4));
            });
        }
        try (LibraryView v = LibraryView.open(dir)) {
            assertThat(all(v, TimelineFilter.ALL, 50)).hasSize(9).contains(id(2)).doesNotContain(id(4));
            assertThat(all(v, filter(View.HIDDEN), 50)).containsExactly(id(2));
            assertThat(v.details(AssetKey.parse(id(2))).hidden()).isTrue();
        }
    }

    @Test
    void filesSayWhenTheyWereVerifiedAndOldDatabasesGainTheColumn() throws Exception {
        GeneratedLibrary.write(dir, 3, false);
        Path db = new LibraryPaths(dir).database();
        String path = "Photos/2025/12/IMG_00001.JPG";
        try (LibraryView v = LibraryView.open(dir)) {
            assertThat(v.details(AssetKey.parse(id(1))).file("ORIGINAL").verifiedAt()).isNotNull();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE files DROP COLUMN verified_at"); // as a library synced before the column existed
        }
        try (LibraryView v = LibraryView.open(dir)) {
            AssetFile f = v.details(AssetKey.parse(id(1))).file("ORIGINAL");
            assertThat(f.verified()).isTrue();
            assertThat(f.verifiedAt()).isNull();
        }
        try (StateDb writer = StateDb.open(db, false)) {
            Stores s = Stores.of(writer);
            assertThat(verifiedAt(writer, s, path)).isNull();
            writer.txRun(d -> s.files().setState(path, dev.orchard.photos.state.FileState.PLANNED, false, null));
            writer.txRun(d -> s.files().setState(path, dev.orchard.photos.state.FileState.PRESENT, true, null));
            Long first = verifiedAt(writer, s, path);
            assertThat(first).isNotNull();
            writer.txRun(d -> s.files().markVerified(path, 42L));
            writer.txRun(d -> s.files().setState(path, dev.orchard.photos.state.FileState.PRESENT, true, null));
            assertThat(verifiedAt(writer, s, path)).as("still verified: keeps its time").isEqualTo(42L);
            writer.txRun(d -> s.files().setState(path, dev.orchard.photos.state.FileState.PLANNED, false, "failed verification"));
            assertThat(verifiedAt(writer, s, path)).isNull();
        }
        try (LibraryView v = LibraryView.open(dir)) {
            assertThat(v.details(AssetKey.parse(id(1))).file("ORIGINAL").verifiedAt()).isNull();
            assertThat(v.details(AssetKey.parse(id(0))).file("ORIGINAL").verifiedAt()).isNull(); // from before the column
        }
    }

    private static Long verifiedAt(StateDb db, Stores s, String path) {
        return db.<Long>tx(d -> s.files().verifiedAt(path));
    }
}

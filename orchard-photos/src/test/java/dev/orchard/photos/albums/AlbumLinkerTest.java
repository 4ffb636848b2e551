package dev.orchard.photos.albums;

import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.library.GeneratedLibrary;
import dev.orchard.photos.options.LinkMode;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The album step against a state written directly: its memory bound and its naming rule. */
class AlbumLinkerTest {
    private static final String ZONE = GeneratedLibrary.ZONE;
    @TempDir
    Path root;
    private StateDb db;
    private final List<String> warnings = new ArrayList<>();

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    /**
     * Every read of the state during the step is a page of at most {@link AlbumLinker#PAGE} rows, while the
     * albums, the smart albums and the recorded entries each hold several times that: making, replacing and
     * removing them all never reads them whole (the old step read each of those lists whole).
     */
    @Test
    void readsTheStateInPagesWhateverTheLibrarySize() throws Exception {
        GeneratedLibrary.write(root, 1600, false);
        Stores stores = open();
        List<String> rome = db.tx(d -> stores.albums().members(ZONE, "album-rome"));
        assertThat(rome).hasSizeGreaterThan(AlbumLinker.PAGE);

        SyncReport made = rebuild(stores, LinkMode.SYMLINK, true, false);
        long entries = entries();
        assertThat(entries).isGreaterThan(4L * AlbumLinker.PAGE);
        assertThat(made.get(SyncReport.Counter.ALBUM_ENTRIES)).isEqualTo(entries);
        assertThat(LocalTree.links(root, "Albums")).hasSize((int) entries);
        assertThat(db.largestResult()).isLessThanOrEqualTo(AlbumLinker.PAGE);

        assertThat(rebuild(stores, LinkMode.SYMLINK, true, false).get(SyncReport.Counter.ALBUM_ENTRIES)).isZero();
        assertThat(rebuild(stores, LinkMode.HARDLINK, true, true).get(SyncReport.Counter.ALBUM_ENTRIES))
                .as("dry run: every entry to be made again, counted once").isEqualTo(entries);
        assertThat(db.largestResult()).isLessThanOrEqualTo(AlbumLinker.PAGE);

        assertThat(rebuild(stores, LinkMode.HARDLINK, true, false).get(SyncReport.Counter.ALBUM_ENTRIES))
                .as("every entry removed and made again").isEqualTo(2 * entries);
        assertThat(db.largestResult()).isLessThanOrEqualTo(AlbumLinker.PAGE);
        Path entry = root.resolve("Albums/Travel/Rome/IMG_00000.JPG");
        assertThat(Files.isSymbolicLink(entry)).isFalse();
        assertThat(Files.isSameFile(entry, root.resolve("Photos/2025/12/IMG_00000.JPG"))).isTrue();

        long smart = db.count("SELECT COUNT(*) FROM album_entries WHERE path LIKE 'Albums/Smart Albums/%'");
        assertThat(smart).isGreaterThan(AlbumLinker.PAGE);
        assertThat(rebuild(stores, LinkMode.HARDLINK, false, false).get(SyncReport.Counter.ALBUM_ENTRIES)).isEqualTo(smart);
        assertThat(db.largestResult()).isLessThanOrEqualTo(AlbumLinker.PAGE);
        assertThat(root.resolve("Albums/Smart Albums")).doesNotExist();
        assertThat(entries()).isEqualTo(entries - smart);
        assertThat(warnings).isEmpty();
    }

    /**
     * Two files with one name (in any case) in one folder: the first wanted keeps it, the later asset gets its
     * suffix. Frozen folders' entries come first, then albums in member order, then smart albums oldest first.
     */
    @Test
    void theEarlierAssetOfAFolderKeepsThePlainName() throws Exception {
        Files.createDirectories(new LibraryPaths(root).state());
        Stores stores = open();
        db.txRun(d -> {
            stores.albums().put(ZONE, new Album("trip", "Trip", Album.ALBUM, null, 1, false));
            asset(stores, "a-new", 1_600_000_000_000L, "Photos/2020/09/img_1.jpg");
            asset(stores, "b-old", 1_500_000_000_000L, "Photos/2017/07/IMG_1.JPG");
        });
        rebuild(stores, LinkMode.SYMLINK, true, false);
        Map<String, String> links = LocalTree.links(root, "Albums");
        assertThat(links).containsOnly(
                Map.entry("Albums/Trip/img_1.jpg", "Photos/2020/09/img_1.jpg"),
                Map.entry("Albums/Trip/IMG_1_bold.JPG", "Photos/2017/07/IMG_1.JPG"),
                Map.entry("Albums/Smart Albums/Favourites/IMG_1.JPG", "Photos/2017/07/IMG_1.JPG"),
                Map.entry("Albums/Smart Albums/Favourites/img_1_anew.jpg", "Photos/2020/09/img_1.jpg"));

        // A folder frozen by an archive that a new album "Trip" now shares: the frozen entry keeps its name.
        write("Photos/2015/01/x.jpg");
        db.txRun(d -> {
            d.update("INSERT INTO frozen_albums(zone, album_id, archive_id) VALUES(?, 'old-trip', 1)", ZONE);
            d.update("INSERT INTO frozen_entries(path, target, zone, album_id) VALUES('Albums/Trip/Img_1.JPG',"
                    + " 'SYMLINK:Photos/2015/01/x.jpg', ?, 'old-trip')", ZONE);
        });
        rebuild(stores, LinkMode.SYMLINK, true, false);
        assertThat(LocalTree.links(root, "Albums/Trip")).containsOnly(
                Map.entry("Albums/Trip/Img_1.JPG", "Photos/2015/01/x.jpg"),
                Map.entry("Albums/Trip/img_1_anew.jpg", "Photos/2020/09/img_1.jpg"),
                Map.entry("Albums/Trip/IMG_1_bold.JPG", "Photos/2017/07/IMG_1.JPG"));
        assertThat(warnings).isEmpty();
    }

    private void asset(Stores s, String id, long taken, String path) throws java.sql.SQLException {
        Resource original = new Resource(ResourceRole.ORIGINAL, "ck-" + id, 1, "public.jpeg", null);
        s.assets().putMaster(ZONE, new Master("m-" + id, ZONE, path.substring(path.lastIndexOf('/') + 1), "public.jpeg", 1, "t",
                Map.of(ResourceRole.ORIGINAL, original)));
        s.assets().putAsset(ZONE, new Asset(id, ZONE, "m-" + id, "t", taken, taken, 0, true, false, false, 0, null, 0, null,
                Map.of()), 1);
        s.files().claim(new FileRecord(path, ZONE, id, ResourceRole.ORIGINAL, "ck-" + id, 1, FileState.PRESENT, true, null));
        s.albums().addMember(ZONE, "trip", id);
        write(path);
    }

    private void write(String path) {
        try {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Stores open() {
        db = StateDb.open(new LibraryPaths(root).database(), false);
        return Stores.of(db);
    }

    private SyncReport rebuild(Stores stores, LinkMode mode, boolean smart, boolean dryRun) {
        SyncReport report = new SyncReport();
        LibraryPaths paths = new LibraryPaths(root);
        db.resetLargestResult();
        new AlbumLinker(stores, paths, mode, dryRun, paths.trash(Clock.systemUTC()), report, new SyncListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }).withSmartAlbums(smart, false).rebuild();
        return report;
    }

    private long entries() throws java.sql.SQLException {
        return db.count("SELECT COUNT(*) FROM album_entries");
    }
}

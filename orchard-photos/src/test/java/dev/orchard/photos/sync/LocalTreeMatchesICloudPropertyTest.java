package dev.orchard.photos.sync;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.LibraryException;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Relation;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.testing.LocalTree;
import dev.orchard.photos.testing.SmallFake;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After any sequence of changes in iCloud and syncs (incremental or full), the local library holds exactly
 * the files of the assets iCloud shows (every original, Live Photo video, RAW twin and edit, with iCloud's
 * bytes), and the album folders hold exactly one entry per file of each member. The expectation is read
 * from the fake's own model, not from the engine.
 */
class LocalTreeMatchesICloudPropertyTest {
    static SmallFake small;
    static FakeICloud fake;
    static ICloudSession session;
    static Path root;
    static final String[] NAMES = {"Trip", "Family/2024", "..", "Kyōto 京都", "A\u0007B"};

    enum Kind { ADD, TRASH, RESTORE, PURGE, FAVORITE, HIDE, UNHIDE, EDIT, ALBUM_ADD, ALBUM_REMOVE, ALBUM_RENAME, ALBUM_MOVE, SYNC, SYNC_FULL }

    record Step(Kind kind, int a, int b) {
    }

    @BeforeContainer
    static void start() throws IOException {
        small = SmallFake.start("orchard-property");
        fake = small.fake();
        session = small.session();
        root = small.root();
    }

    @AfterContainer
    static void stop() throws IOException {
        small.close();
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as(Step::new);
    }

    /** Found by the property: an asset trashed, listed in full while trashed, then restored, lost its album entries. */
    @Example
    void anAssetRestoredAfterAFullListingIsBackInItsAlbums() throws Exception {
        theLocalTreeMatchesTheRemoteLibrary(List.of(new Step(Kind.TRASH, 0, 0), new Step(Kind.SYNC_FULL, 0, 0),
                new Step(Kind.RESTORE, 0, 0)));
    }

    @Property(tries = 20)
    void theLocalTreeMatchesTheRemoteLibrary(@ForAll @Size(max = 12) List<@net.jqwik.api.From("steps") Step> steps) throws Exception {
        PhotoLibrary lib = fake.photos().loadJson(fake.photos().defaultAccount(), """
                {"seed": 41, "albums": [{"key": "f", "name": "Folder", "folder": true, "children": [{"key": "x", "name": "Inner"}]},
                   {"key": "y", "name": "Top"}],
                 "assets": [
                   {"filename": "IMG_1.JPG", "albums": ["x"]}, {"kind": "live", "filename": "IMG_2.HEIC", "albums": ["y"]},
                   {"kind": "video", "filename": "IMG_1.JPG"}, {"kind": "raw", "format": "dng", "filename": "R.DNG"},
                   {"filename": "E.JPG", "edited": true, "albums": ["x", "y"]}, {"filename": "S.JPG", "sharedLibrary": true}]}""");
        Path library = Files.createTempDirectory(root, "lib");
        PhotosService photos = new PhotosService(session, 2);
        sync(photos, library, false);
        List<Step> all = new ArrayList<>(steps);
        all.add(new Step(Kind.SYNC, 0, 0));
        for (Step s : all) {
            if (s.kind() == Kind.SYNC || s.kind() == Kind.SYNC_FULL) {
                SyncReport r = sync(photos, library, s.kind() == Kind.SYNC_FULL);
                assertThat(r.complete()).isTrue();
                assertMatches(lib, library);
            } else {
                mutate(lib, s);
            }
        }
    }

    private static SyncReport sync(PhotosService photos, Path library, boolean full) {
        return new PhotoSync(photos, CdnClient.of(session), SyncOptions.builder(library).downloadThreads(2).forceFull(full).build(),
                SyncListener.NONE, DownloadHooks.NONE, d -> { }).run();
    }

    private static void mutate(PhotoLibrary lib, Step s) {
        List<Asset> assets = lib.primary().assets().stream().filter(a -> !a.tombstone()).toList();
        List<Album> albums = lib.primary().albums().stream().filter(a -> !a.special() && !a.deleted() && !a.tombstone()).toList();
        if (assets.isEmpty() && s.kind() != Kind.ADD) return;
        Asset asset = assets.isEmpty() ? null : assets.get(s.a() % assets.size());
        Album album = albums.isEmpty() ? null : albums.get(s.b() % albums.size());
        try {
            switch (s.kind()) {
                case ADD -> lib.addAsset(AssetSpec.of(AssetKind.values()[s.a() % AssetKind.values().length])
                        .filename(s.b() % 2 == 0 ? "IMG_1.JPG" : "new " + s.b() + ".JPG").edited(s.b() % 3 == 0));
                case TRASH -> lib.trash(asset.recordName());
                case RESTORE -> lib.restore(asset.recordName());
                case PURGE -> lib.purge(asset.recordName());
                case FAVORITE -> lib.favorite(asset.recordName(), !asset.favorite());
                case HIDE -> lib.hide(asset.recordName(), true);
                case UNHIDE -> lib.hide(asset.recordName(), false);
                case EDIT -> lib.edit(asset.recordName());
                case ALBUM_ADD -> {
                    if (album != null && !album.folder()) lib.addToAlbum(asset.recordName(), album.recordName());
                }
                case ALBUM_REMOVE -> {
                    if (album != null && !album.folder()) lib.removeFromAlbum(asset.recordName(), album.recordName());
                }
                case ALBUM_RENAME -> {
                    if (album != null) lib.renameAlbum(album.recordName(), NAMES[s.a() % NAMES.length]);
                }
                case ALBUM_MOVE -> {
                    List<Album> folders = albums.stream().filter(Album::folder).toList();
                    if (album != null && !album.folder()) {
                        lib.moveAlbum(album.recordName(), s.a() % 2 == 0 || folders.isEmpty() ? null : folders.get(0).recordName());
                    }
                }
                default -> throw new IllegalStateException();
            }
        } catch (LibraryException e) {
            // not applicable to this asset now (restoring one that is not trashed, ...): skip the step
        }
    }

    /** Files under Photos/ and Shared Library/, and album entries, against the fake's model. */
    private static void assertMatches(PhotoLibrary lib, Path library) {
        Map<String, Integer> expectedFiles = new TreeMap<>();
        Map<String, Integer> expectedEntries = new TreeMap<>();
        for (Zone z : lib.zones()) {
            for (Asset a : z.assets()) {
                if (!live(a)) continue;
                for (String c : SmallFake.files(a)) expectedFiles.merge(c, 1, Integer::sum);
            }
        }
        for (Album al : lib.primary().albums()) {
            if (al.special() || al.deleted() || al.tombstone() || al.folder() || !parentsLive(lib, al)) continue;
            for (Relation r : al.members()) {
                if (r.tombstone() || !live(r.asset())) continue;
                for (String c : SmallFake.files(r.asset())) expectedEntries.merge(c, 1, Integer::sum);
            }
        }
        Map<String, Integer> actualFiles = new TreeMap<>();
        LocalTree.originals(library).values().forEach(c -> actualFiles.merge(c, 1, Integer::sum));
        assertThat(actualFiles).isEqualTo(expectedFiles);
        Map<String, Integer> actualEntries = new TreeMap<>();
        for (String target : LocalTree.userAlbums(library).values()) {
            try {
                actualEntries.merge(FileFetcher.checksum(library.resolve(target)), 1, Integer::sum);
            } catch (IOException e) {
                throw new UncheckedIOException("album entry points to a missing file " + target, e);
            }
        }
        assertThat(actualEntries).isEqualTo(expectedEntries);
    }

    private static boolean live(Asset a) {
        return !a.tombstone() && !a.trashed() && !a.hidden();
    }

    private static boolean parentsLive(PhotoLibrary lib, Album al) {
        String p = al.parentId();
        for (int i = 0; p != null && i < 20; i++) {
            Album parent = lib.primary().find(p) instanceof Album x ? x : null;
            if (parent == null || parent.special()) return true;
            if (parent.deleted() || parent.tombstone()) return false;
            p = parent.parentId();
        }
        return true;
    }
}

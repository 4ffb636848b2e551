package dev.orchard.photos.archive;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.photos.options.Age;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.LibraryException;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.sync.PhotoSyncs;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.testing.LocalTree;
import dev.orchard.photos.testing.SmallFake;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever mix of album and age archives, changes on other devices (favourites, edits, deletions, album
 * membership, some raced in between an archive's lookup and its modify), CAS op-lock faults and runs killed
 * at any point: no asset leaves iCloud (by Orchard) without a local copy of each of its files with iCloud's
 * bytes; no favourite leaves; no archived file is ever changed, moved or trashed afterwards. Expectations
 * come from the fake's own model.
 */
class ArchiveNeverLosesAPhotoPropertyTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    static final String[] ALBUMS = {"Folder/Inner", "Top", "Folder"};
    static SmallFake small;
    static FakeICloud fake;
    static ICloudSession session;
    static Path root;

    enum Kind { ARCHIVE_ALBUM, ARCHIVE_AGE, ARCHIVE_KILLED, ARCHIVE_RACED, FAVORITE, EDIT, DELETE, ALBUM_ADD, ALBUM_REMOVE, SYNC, FAULT }

    record Step(Kind kind, int a, int b) {
    }

    /** Stands for kill -9: not an exception the engine could clean up after. */
    static final class Killed extends Error {
        Killed() {
            super("kill -9");
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        small = SmallFake.start("orchard-archive-property");
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
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.ARCHIVE_ALBUM)), net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.ARCHIVE_AGE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.ARCHIVE_KILLED)), net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.ARCHIVE_RACED)),
                net.jqwik.api.Tuple.of(7, Arbitraries.of(Kind.FAVORITE, Kind.EDIT, Kind.DELETE, Kind.ALBUM_ADD, Kind.ALBUM_REMOVE,
                        Kind.SYNC, Kind.FAULT)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as(Step::new);
    }

    @Property(tries = 12)
    void archivesNeverLoseAPhoto(@ForAll @Size(min = 1, max = 8) List<@From("steps") Step> steps) throws Exception {
        PhotoLibrary lib = fake.photos().loadJson(fake.photos().defaultAccount(), """
                {"seed": 43, "albums": [{"key": "f", "name": "Folder", "folder": true, "children": [{"key": "x", "name": "Inner"}]},
                   {"key": "y", "name": "Top"}],
                 "assets": [
                   {"filename": "A.JPG", "albums": ["x"]}, {"kind": "live", "filename": "B.HEIC", "albums": ["y"], "favorite": true},
                   {"kind": "raw", "format": "dng", "filename": "R.DNG", "albums": ["x"], "date": "2026-11-30T00:00:00Z"},
                   {"filename": "E.JPG", "edited": true, "albums": ["x", "y"]}, {"kind": "live", "filename": "L.HEIC", "albums": ["y"]},
                   {"kind": "video", "filename": "V.MOV", "date": "2026-11-30T00:00:00Z"}, {"filename": "S.JPG", "sharedLibrary": true},
                   {"filename": "H.JPG", "hidden": true}]}""");
        fake.photos().settings().strictChangeTags(true);
        Path library = Files.createTempDirectory(root, "lib");
        PhotosService photos = new PhotosService(session, 2);
        World w = new World(lib, library, photos);
        w.sync();
        for (Step s : steps) {
            w.step(s);
            w.check();
        }
        fake.photos().settings().failModifies(0, null);
        w.sync();
        w.check();
    }

    static final class World {
        final PhotoLibrary lib;
        final Path library;
        final PhotosService photos;
        final Set<String> deletedElsewhere = new HashSet<>();
        final Map<String, String> pinnedFiles = new HashMap<>();

        World(PhotoLibrary lib, Path library, PhotosService photos) {
            this.lib = lib;
            this.library = library;
            this.photos = photos;
        }

        void sync() {
            PhotoSyncs.of(photos, CdnClient.of(session), SyncOptions.builder(library).downloadThreads(2).build(), SyncListener.NONE,
                    DownloadHooks.NONE, d -> { }).run();
        }

        void archive(ArchiveRequest request, ArchiveHooks hooks) {
            new Archiver(photos, SyncOptions.builder(library).clock(NOW).build(), hooks, d -> { }).run(request, ArchiveListener.NONE);
        }

        void step(Step s) {
            List<Asset> assets = lib.primary().assets().stream().filter(a -> !a.tombstone() && !a.trashed()).toList();
            Asset asset = assets.isEmpty() ? null : assets.get(s.a() % assets.size());
            List<Album> albums = lib.primary().albums().stream().filter(a -> !a.special() && !a.deleted() && !a.folder()).toList();
            Album album = albums.get(s.b() % albums.size());
            ArchiveRequest byAlbum = ArchiveRequest.albums(ALBUMS[s.a() % ALBUMS.length]);
            ArchiveRequest byAge = new ArchiveRequest(s.b() % 3 == 0 ? List.of("Top") : List.of(), Age.parse("1y"),
                    s.a() % 2 == 0 ? List.of("Folder/Inner") : List.of(), false, s.b() % 4 == 0 ? 1 : 0);
            try {
                switch (s.kind()) {
                    case ARCHIVE_ALBUM -> {
                        if (s.b() % 2 == 0) sync();
                        archive(s.b() % 5 == 0 ? byAlbum.keepingInICloud() : byAlbum, ArchiveHooks.NONE);
                    }
                    case ARCHIVE_AGE -> {
                        if (s.a() % 3 != 0) sync();
                        archive(byAge, ArchiveHooks.NONE);
                    }
                    case ARCHIVE_KILLED -> {
                        sync();
                        try {
                            archive(s.a() % 2 == 0 ? byAlbum : byAge, killer(s.b() % 3));
                        } catch (Killed expected) {
                            // the next sync or archive settles what it left
                        }
                    }
                    case ARCHIVE_RACED -> {
                        sync();
                        archive(s.a() % 2 == 0 ? byAlbum : byAge, racer(s.b() % 4));
                    }
                    case FAVORITE -> {
                        if (asset != null) lib.favorite(asset.recordName(), !asset.favorite());
                    }
                    case EDIT -> {
                        if (asset != null) lib.edit(asset.recordName());
                    }
                    case DELETE -> {
                        if (asset != null) {
                            deletedElsewhere.add(asset.recordName());
                            lib.trash(asset.recordName());
                        }
                    }
                    case ALBUM_ADD -> {
                        if (asset != null) lib.addToAlbum(asset.recordName(), album.recordName());
                    }
                    case ALBUM_REMOVE -> {
                        if (asset != null) lib.removeFromAlbum(asset.recordName(), album.recordName());
                    }
                    case SYNC -> sync();
                    case FAULT -> fake.photos().settings().failModifies(1 + s.a() % 3, s.b() % 2 == 0 ? "TRY_AGAIN_LATER" : "CAS_OP_LOCK");
                }
            } catch (LibraryException e) {
                // not applicable now (removing a membership that is not there, ...)
            }
        }

        private static ArchiveHooks killer(int where) {
            return new ArchiveHooks() {
                @Override
                public void afterPin(List<String> assetIds) {
                    if (where == 0) throw new Killed();
                }

                @Override
                public void beforeModify(String zone, List<String> assetIds) {
                    if (where == 1) throw new Killed();
                }

                @Override
                public void afterModify(String zone, List<String> assetIds) {
                    if (where == 2) throw new Killed();
                }
            };
        }

        private ArchiveHooks racer(int how) {
            return new ArchiveHooks() {
                @Override
                public void beforeModify(String zone, List<String> assetIds) {
                    String id = assetIds.get(how % assetIds.size());
                    switch (how) {
                        case 0 -> lib.favorite(id, true);
                        case 1 -> lib.edit(id);
                        case 2 -> lib.hide(id, true);
                        default -> {
                            deletedElsewhere.add(id);
                            lib.trash(id);
                        }
                    }
                }
            };
        }

        void check() throws IOException {
            Set<String> local = new HashSet<>(LocalTree.files(library, LibraryPaths.PHOTOS).values());
            local.addAll(LocalTree.files(library, LibraryPaths.SHARED).values());
            for (Zone z : lib.zones()) {
                for (Asset a : z.assets()) {
                    if (!a.trashed() || deletedElsewhere.contains(a.recordName())) continue;
                    assertThat(a.favorite()).as("favourite %s left iCloud", a.recordName()).isFalse();
                    assertThat(z.sharedLibrary()).as("shared-library asset %s left iCloud", a.recordName()).isFalse();
                    for (String c : SmallFake.files(a)) {
                        assertThat(local).as("a file of %s that left iCloud is here with iCloud's bytes", a.recordName()).contains(c);
                    }
                }
            }
            try (StateDb db = StateDb.open(new LibraryPaths(library).database(), true)) {
                for (String[] f : db.tx(d -> d.query("SELECT f.path, f.checksum FROM files f JOIN archived_assets p"
                        + " ON p.zone = f.zone AND p.asset_id = f.asset_id WHERE f.state = 'PRESENT'",
                        rs -> new String[]{rs.getString(1), rs.getString(2)}))) {
                    pinnedFiles.putIfAbsent(f[0], FileFetcher.checksum(library.resolve(f[0])));
                }
            }
            for (Map.Entry<String, String> e : pinnedFiles.entrySet()) {
                Path p = library.resolve(e.getKey());
                assertThat(p).as("archived file %s is still in place", e.getKey()).isRegularFile();
                assertThat(FileFetcher.checksum(p)).as("archived file %s is unchanged", e.getKey()).isEqualTo(e.getValue());
            }
        }
    }
}

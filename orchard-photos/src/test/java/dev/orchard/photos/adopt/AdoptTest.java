package dev.orchard.photos.adopt;

import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.sync.PhotoSync;
import dev.orchard.photos.sync.PhotoSyncs;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.Counter;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import dev.orchard.photos.verify.Verifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trees in both peers' layouts, made from a library Orchard synced with hidden assets, adopted into a new library
 * that keeps no hidden ones: every file the library keeps is taken in and the next sync downloads none of it.
 */
class AdoptTest extends FakeLibraryTest {
    static final String SPEC = """
            {"seed": 11, "albums": [{"key": "rome", "name": "Rome"}],
             "assets": [
               {"kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-05-01T10:00:00Z", "albums": ["rome"]},
               {"kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-05-01T11:00:00Z"},
               {"kind": "live", "filename": "IMG_0003.HEIC", "date": "2024-05-03T10:00:00Z", "albums": ["rome"]},
               {"kind": "video", "filename": "IMG_0004.MOV", "date": "2024-06-01T10:00:00Z"},
               {"kind": "raw", "format": "jpeg", "filename": "IMG_0005.JPG", "date": "2024-06-02T10:00:00Z"},
               {"kind": "photo", "filename": "IMG_0006.JPG", "date": "2024-06-03T10:00:00Z", "edited": true},
               {"kind": "video", "filename": "IMG_0007.MOV", "date": "2024-06-04T10:00:00Z", "edited": true},
               {"kind": "photo", "noFilename": true, "date": "2024-06-06T10:00:00Z"},
               {"kind": "photo", "filename": "hidden.JPG", "date": "2024-06-07T10:00:00Z", "hidden": true},
               {"kind": "photo", "filename": "shared.JPG", "date": "2024-06-09T10:00:00Z", "sharedLibrary": true},
               {"kind": "live", "filename": "IMG_0010.JPG", "format": "jpeg", "date": "2024-06-10T10:00:00Z", "edited": true}
             ]}""";

    /** Stands for the process dying. */
    static final class Crash extends Error {
    }

    Path reference;
    Map<String, String> expected;

    @BeforeEach
    void referenceLibrary() {
        load(SPEC);
        library = dir.resolve("reference");
        sync(b -> b.includeHidden(true).thumbnails(false));
        reference = library;
        expected = new TreeMap<>(LocalTree.originals(reference));
        expected.keySet().removeIf(p -> p.contains("hidden"));
        library = dir.resolve("library");
    }

    @Test
    void icloudpdTreeIsAdoptedAndTheNextSyncDownloadsNoneOfIt() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        Path sidecar = Files.writeString(tree.resolve("2024/05/01/IMG_0001.JPG.xmp"), "<x:xmpmeta/>");
        Path stranger = Files.write(tree.resolve("2024/05/01/other.JPG"), new byte[]{1, 2, 3});
        Files.writeString(tree.resolve(".DS_Store"), "x");
        Path flat = tree.resolve("IMG_0004.MOV");
        Files.copy(tree.resolve("2024/06/01/IMG_0004.MOV"), flat);
        // A photo may be called ".something" in iCloud, and icloudpd keeps the name.
        Files.move(tree.resolve("2024/06/02/IMG_0005.JPG"), tree.resolve("2024/06/02/.IMG_0005.JPG"));

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE);

        assertThat(r.tree().kind()).isEqualTo(ForeignTree.Kind.ICLOUDPD);
        assertThat(r.adoptedFiles()).isEqualTo(expected.size());
        assertThat(r.libraryFiles()).isEqualTo(expected.size());
        assertThat(r.savedBytes()).isEqualTo(sizes(expected.keySet(), reference));
        assertThat(r.duplicates()).isEqualTo(1);
        // Hidden assets are not listed by a library that does not keep them, so their files match nothing it knows.
        assertThat(r.unmatched()).containsExactlyInAnyOrder(sidecar.toRealPath(), stranger.toRealPath(),
                tree.resolve("2024/06/07/hidden.JPG").toRealPath());
        assertThat(r.notKept()).isEmpty();
        assertThat(r.tree().toolFiles()).isEqualTo(1);
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        // the sidecar, the stranger, the duplicate, the hidden asset's file and .DS_Store
        assertThat(LocalTree.files(tree, "")).hasSize(5);
        assertNextSyncDownloadsNothingAndVerifies();
    }

    @Test
    void icloudPhotosSyncTreeIsAdoptedAndItsAlbumLinksLeftAlone() throws IOException {
        Path tree = dir.resolve("icps");
        PeerTrees.icloudPhotosSync(reference, tree, "Rome");

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE);

        assertThat(r.tree().kind()).isEqualTo(ForeignTree.Kind.ICLOUD_PHOTOS_SYNC);
        assertThat(r.adoptedFiles()).isEqualTo(expected.size());
        assertThat(r.tree().links()).isEqualTo(PeerTrees.files(reference).size() + 1);
        assertThat(r.unmatched()).singleElement().satisfies(p -> assertThat(p).hasParent(tree.resolve("_All-Photos").toRealPath()));
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertNextSyncDownloadsNothingAndVerifies();
        assertThat(LocalTree.links(library, "Albums")).isNotEmpty();
    }

    @Test
    void dryRunCountsWhatWouldBeSavedAndChangesNothing() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        Map<String, String> before = LocalTree.files(tree, "");

        AdoptReport dry = adopt(tree, false, true, AdoptHooks.NONE);

        assertThat(dry.adoptedFiles()).isEqualTo(expected.size());
        assertThat(dry.savedBytes()).isEqualTo(sizes(expected.keySet(), reference));
        assertThat(LocalTree.files(tree, "")).isEqualTo(before);
        assertThat(library.resolve("Photos")).doesNotExist();
        AdoptReport real = adopt(tree, false, false, AdoptHooks.NONE);
        assertThat(real.savedBytes()).isEqualTo(dry.savedBytes());
    }

    @Test
    void linkLeavesTheTreeAsItWasAndSharesItsFiles() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        Map<String, String> before = LocalTree.files(tree, "");

        AdoptReport r = adopt(tree, true, false, AdoptHooks.NONE);

        assertThat(r.adoptedFiles()).isEqualTo(expected.size());
        assertThat(LocalTree.files(tree, "")).isEqualTo(before);
        Path one = library.resolve(expected.keySet().iterator().next());
        assertThat(Files.getAttribute(one, "unix:nlink")).isEqualTo(2);
        assertNextSyncDownloadsNothingAndVerifies();
    }

    @Test
    void aLibraryThatHasTheFilesAlreadyKeepsThemAndTheTreeStays() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        sync(b -> b.thumbnails(false));
        Map<String, String> before = LocalTree.files(tree, "");

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE);

        assertThat(r.adoptedFiles()).isZero();
        assertThat(r.alreadyThere()).isEqualTo(expected.size());
        assertThat(LocalTree.files(tree, "")).isEqualTo(before);
    }

    @Test
    void aFileLostFromTheLibraryIsPutBackFromACopy() throws IOException {
        sync(b -> b.thumbnails(false));
        String lost = expected.keySet().iterator().next();
        Path tree = Files.createDirectories(dir.resolve("backup"));
        Files.move(library.resolve(lost), tree.resolve("copy.bin"));
        assertThat(Verifier.run(library, false, n -> { }).missing()).containsExactly(lost);

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE);

        assertThat(r.adoptedFiles()).isEqualTo(1);
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertNextSyncDownloadsNothingAndVerifies();
    }

    @Test
    void aKilledAdoptionIsFinishedByTheNextOne() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        assertThatThrownBy(() -> adopt(tree, false, false, crashAt(5))).isInstanceOf(Crash.class);

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE);

        assertThat(r.resumed()).isEqualTo(1);
        assertThat(r.adoptedFiles()).isEqualTo(expected.size() - 5);
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(LocalTree.files(tree, "")).hasSize(1); // the hidden asset's
        assertNextSyncDownloadsNothingAndVerifies();
    }

    @Test
    void anAdoptionKilledBeforeItsFirstMoveIsFinishedByTheNextOne() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        AdoptHooks crashOnClaim = new AdoptHooks() {
            @Override
            public void claimed(Path source, Path dest) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> adopt(tree, false, false, crashOnClaim)).isInstanceOf(Crash.class);

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE);

        assertThat(r.resumed()).isZero();
        assertThat(r.adoptedFiles()).isEqualTo(expected.size());
        assertNextSyncDownloadsNothingAndVerifies();
    }

    @Test
    void aSyncAfterAKilledAdoptionTakesTheMovedFileAndDownloadsOnlyTheRest() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        assertThatThrownBy(() -> adopt(tree, false, false, crashAt(5))).isInstanceOf(Crash.class);
        fake.stats().reset();

        SyncReport s = sync(b -> b.thumbnails(false));

        assertThat(s.complete()).isTrue();
        assertThat(s.get(Counter.ADOPTED)).isEqualTo(1);
        assertThat(s.get(Counter.DOWNLOADED)).isEqualTo(expected.size() - 5);
        assertThat(fake.stats().count(ServiceGroup.CDN)).isEqualTo(expected.size() - 5);
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(Verifier.run(library, false, n -> { }).clean()).isTrue();
    }

    @Test
    void filesOfAssetsTheLibraryLeavesOutStayWhereTheyAre() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);

        AdoptReport r = adopt(tree, false, false, AdoptHooks.NONE, b -> b.from(java.time.LocalDate.of(2024, 6, 1)));

        assertThat(r.notKept()).extracting(p -> tree.toRealPath().relativize(p).toString())
                .allMatch(p -> p.startsWith("2024/05/")).hasSize(4);
        assertThat(LocalTree.originals(library)).allSatisfy((p, sum) -> assertThat(p).doesNotStartWith("Photos/2024/05"));
    }

    @Test
    void aFileThatChangesAfterItWasReadIsLeftAlone() throws IOException {
        Path tree = dir.resolve("icloudpd");
        PeerTrees.icloudpd(reference, tree);
        Path changing = tree.resolve("2024/06/03/IMG_0006.JPG");
        AdoptListener writer = new AdoptListener() {
            @Override
            public void phase(String description) {
                if (!description.startsWith("adopting")) return;
                try {
                    Files.write(changing, new byte[]{0}, java.nio.file.StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };

        AdoptReport r = adopt(tree, writer);

        assertThat(r.adoptedFiles()).isEqualTo(expected.size() - 1);
        assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f).contains("IMG_0006.JPG", "changed after it was read"));
        assertThat(changing).exists();
    }

    @Test
    void aFolderThatCannotBeAdoptedIsRefusedInOneLine() throws IOException {
        SyncOptions o = SyncOptions.builder(library).build();
        assertThatThrownBy(() -> Adopter.scan(dir.resolve("nowhere"), o, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
        Files.createDirectories(library.resolve("Photos"));
        assertThatThrownBy(() -> Adopter.scan(library.resolve("Photos"), o, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is inside the library");
    }

    private static AdoptHooks crashAt(int n) {
        AtomicInteger placed = new AtomicInteger();
        return new AdoptHooks() {
            @Override
            public void placed(Path source, Path dest) {
                if (placed.incrementAndGet() == n) throw new Crash();
                assertThat(source).doesNotExist();
            }
        };
    }

    private void assertNextSyncDownloadsNothingAndVerifies() {
        fake.stats().reset();
        SyncReport s = sync(b -> b.thumbnails(false));
        assertThat(s.complete()).isTrue();
        assertThat(s.get(Counter.DOWNLOADED)).isZero();
        assertThat(fake.stats().count(ServiceGroup.CDN)).isZero();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(Verifier.run(library, false, n -> { }).clean()).isTrue();
    }

    private AdoptReport adopt(Path tree, boolean link, boolean dryRun, AdoptHooks hooks) {
        return adopt(tree, link, dryRun, hooks, b -> b);
    }

    private AdoptReport adopt(Path tree, AdoptListener listener) {
        SyncOptions o = SyncOptions.builder(library).thumbnails(false).build();
        PhotoSync listing = PhotoSyncs.of(photos, CdnClient.of(session), o, SyncListener.NONE, DownloadHooks.NONE, waits::add);
        return new Adopter(listing, o, false, listener, AdoptHooks.NONE).run(Adopter.scan(tree, o, false));
    }

    private AdoptReport adopt(Path tree, boolean link, boolean dryRun, AdoptHooks hooks,
                              java.util.function.UnaryOperator<SyncOptions.Builder> options) {
        SyncOptions o = options.apply(SyncOptions.builder(library).downloadThreads(3).thumbnails(false).dryRun(dryRun)).build();
        PhotoSync listing = PhotoSyncs.of(photos, CdnClient.of(session), o, SyncListener.NONE, DownloadHooks.NONE, waits::add);
        return new Adopter(listing, o, link, AdoptListener.NONE, hooks).run(Adopter.scan(tree, o, link));
    }

    private static long sizes(java.util.Collection<String> paths, Path root) throws IOException {
        long n = 0;
        for (String p : paths) n += Files.size(root.resolve(p));
        return n;
    }

}

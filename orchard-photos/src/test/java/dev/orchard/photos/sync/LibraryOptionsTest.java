package dev.orchard.photos.sync;

import dev.orchard.photos.options.PathTemplate;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.DeletedPolicy;
import dev.orchard.icloud.photos.model.MediaKind;
import dev.orchard.photos.options.LinkMode;
import dev.orchard.localfiles.FolderBusyException;
import dev.orchard.localfiles.FolderLock;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.FileModes;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryOptionsTest extends FakeLibraryTest {
    static final String A = "AAAAAAAA-0000-4000-8000-000000000001";
    static final String V = "BBBBBBBB-0000-4000-8000-000000000002";

    @BeforeEach
    void spec() {
        load("""
                {"seed": 31, "sharedLibrary": false, "albums": [{"key": "trip", "name": "Trip"}],
                 "assets": [
                   {"id": "%s", "filename": "A.JPG", "date": "2023-03-01T00:00:00Z", "albums": ["trip"], "edited": true},
                   {"id": "%s", "kind": "video", "filename": "V.MOV", "date": "2024-04-01T00:00:00Z"},
                   {"kind": "live", "filename": "L.HEIC", "date": "2024-05-01T00:00:00Z", "albums": ["trip"]}]}""".formatted(A, V));
    }

    @Test
    void filtersPickAlbumsDatesAndMediaTypes() {
        sync(b -> b.albums(java.util.List.of("trip")));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2023/03/A.JPG", "Photos/2023/03/A-edited.JPG",
                "Photos/2024/05/L.HEIC", "Photos/2024/05/L.MOV");
        sync(b -> b.from(LocalDate.parse("2024-01-01")).media(EnumSet.of(MediaKind.VIDEO)));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2024/04/V.MOV");
    }

    @Test
    void turningTheSharedLibraryOnListsItEvenThoughNothingChangedThere() {
        load("""
                {"seed": 32, "assets": [{"filename": "P.JPG", "date": "2023-03-01T00:00:00Z"},
                   {"filename": "S.JPG", "date": "2023-03-02T00:00:00Z", "sharedLibrary": true}]}""");
        sync(b -> b.includeShared(false));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2023/03/P.JPG");
        SyncReport r = sync(b -> b.includeShared(true));
        assertThat(r.zones().values()).containsOnly(SyncReport.FetchMode.FULL);
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2023/03/P.JPG", "Shared Library/2023/03/S.JPG");
        sync(b -> b.includeShared(false));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2023/03/P.JPG");
    }

    @Test
    void editsCanBeLeftOut() {
        sync(b -> b.edits(false));
        assertThat(LocalTree.originals(library)).doesNotContainKey("Photos/2023/03/A-edited.JPG").containsKey("Photos/2023/03/A.JPG");
    }

    @Test
    void aNewLayoutMovesFilesInsteadOfDownloadingThemAgain() {
        sync();
        fake.stats().reset();
        SyncReport r = sync(b -> b.layout(PathTemplate.parse("{yyyy}/{yyyy}-{mm}-{dd}/{name}")));
        assertThat(r.get(SyncReport.Counter.MOVED)).isEqualTo(5);
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isZero();
        assertThat(LocalTree.originals(library)).containsKeys("Photos/2023/2023-03-01/A.JPG", "Photos/2024/2024-05-01/L.MOV");
        assertThat(library.resolve("Photos/2023/03")).doesNotExist();
        assertThat(LocalTree.links(library, "Albums")).containsEntry("Albums/Trip/A.JPG", "Photos/2023/2023-03-01/A.JPG");
    }

    @Test
    void hardLinksAndCopiesInsteadOfSymlinks() throws Exception {
        sync(b -> b.albumLinks(LinkMode.HARDLINK));
        assertThat(Files.isSameFile(library.resolve("Albums/Trip/A.JPG"), library.resolve("Photos/2023/03/A.JPG"))).isTrue();
        assertThat(Files.isSymbolicLink(library.resolve("Albums/Trip/A.JPG"))).isFalse();
        sync(b -> b.albumLinks(LinkMode.COPY));
        assertThat(LocalTree.files(library, "Albums")).containsEntry("Albums/Trip/A.JPG",
                LocalTree.originals(library).get("Photos/2023/03/A.JPG"));
        assertThat(Files.isSameFile(library.resolve("Albums/Trip/A.JPG"), library.resolve("Photos/2023/03/A.JPG"))).isFalse();
    }

    @Test
    void deletionPoliciesAndTrashRetention() {
        sync();
        remote().trash(V);
        sync(b -> b.deleted(DeletedPolicy.KEEP));
        assertThat(LocalTree.originals(library)).containsKey("Photos/2024/04/V.MOV");
        remote().trash(A);
        sync(b -> b.deleted(DeletedPolicy.DELETE));
        assertThat(LocalTree.originals(library)).doesNotContainKeys("Photos/2023/03/A.JPG", "Photos/2023/03/A-edited.JPG");
        assertThat(LocalTree.files(library, ".orchard-trash")).isEmpty();
        remote().purge(V);
        sync();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(LocalTree.files(library, ".orchard-trash")).containsOnlyKeys(".orchard-trash/" + today + "/Photos/2024/04/V.MOV");
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(31));
        sync(b -> b.clock(later).trashDays(30));
        assertThat(library.resolve(".orchard-trash")).isEmptyDirectory();
    }

    @Test
    void oneProcessPerLibrary() throws Exception {
        sync();
        try (FolderLock held = new LibraryPaths(library).lock()) {
            assertThatThrownBy(this::sync).isInstanceOf(FolderBusyException.class)
                    .hasMessageContaining("another Orchard process");
        }
        assertThat(sync().complete()).isTrue();
    }

    @Test
    void stateFilesArePrivate() throws Exception {
        sync();
        assertThat(Files.getPosixFilePermissions(library.resolve(".orchard")))
                .isEqualTo(Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(library.resolve(".orchard/photos.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theLibraryTakesTheGivenFileModeWhileTheStateStaysPrivate() throws Exception {
        sync(b -> b.albumLinks(LinkMode.COPY).fileModes(FileModes.parse("0640")));
        Map<String, String> modes = LocalTree.modes(library);
        assertThat(modes).containsEntry("Photos/2023/03/A.JPG", "rw-r-----").containsEntry("Albums/Trip/A.JPG", "rw-r-----")
                .containsEntry("Photos/2023/03", "rwxr-x---").containsEntry("Photos", "rwxr-x---").containsEntry("Albums/Trip", "rwxr-x---")
                .containsEntry(".orchard", "rwx------").containsEntry(".orchard/photos.db", "rw-------");
        modes.forEach((path, mode) -> {
            if (path.startsWith(".orchard/") && !path.equals(".orchard/lock")) return; // inside the private folder
            if (!path.startsWith(".orchard")) assertThat(mode).as(path).isIn("rw-r-----", "rwxr-x---");
        });
    }

    @Test
    void withoutAFileModeTheLibraryFollowsTheUmask(@TempDir Path probe) throws Exception {
        String umaskFile = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(probe.resolve("f"))));
        String umaskDir = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createDirectory(probe.resolve("d"))));
        sync(b -> b.albumLinks(LinkMode.COPY));
        Map<String, String> modes = LocalTree.modes(library);
        assertThat(modes).containsEntry("Photos/2023/03/A.JPG", umaskFile).containsEntry("Albums/Trip/A.JPG", umaskFile)
                .containsEntry("Photos/2023/03", umaskDir).containsEntry(".orchard", "rwx------").containsEntry(".orchard/photos.db", "rw-------");
    }
}

package dev.orchard.photos.shared;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.faults.FaultKind;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.sharedstreams.SharedAlbum;
import dev.orchard.fake.sharedstreams.SharedItem;
import dev.orchard.fake.sharedstreams.SharedStreams;
import dev.orchard.fake.sharedstreams.SharedStreamsDemo;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.sharedstreams.PublicStreamClient;
import dev.orchard.icloud.sharedstreams.SharedStreamsClient;
import dev.orchard.icloud.testing.FakeSessions;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.localfiles.FileModes;
import dev.orchard.photos.verify.Verifier;
import dev.orchard.photos.verify.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedAlbumSyncTest {
    @TempDir
    Path dir;
    FakeICloud fake;
    ICloudSession session;
    Path library;
    List<SharedAlbum> demo;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
        session = FakeSessions.open(fake, dir.resolve("state"), waits::add);
        library = dir.resolve("library");
        demo = SharedStreamsDemo.seed(streams(), fake.photos().defaultAccount());
    }

    @AfterEach
    void stop() {
        session.close();
        fake.close();
    }

    SharedStreams streams() {
        return fake.sharedStreams();
    }

    SharedReport sync() {
        return sync(List.of(), CdnClient.of(session), SharedHooks.NONE);
    }

    SharedReport sync(List<String> names, CdnClient cdn, SharedHooks hooks) {
        return new SharedAlbumSync(new SignedInAlbums(new SharedStreamsClient(session)), cdn, library, names,
                Clock.systemUTC(), hooks, warnings::add).run();
    }

    Path file(String album, String name) {
        return library.resolve("Shared Albums").resolve(album).resolve(name);
    }

    @Test
    void ownedAndSubscribedAlbumsAreKeptWithTheirBytesAndDates() throws IOException {
        SharedReport r = sync();

        assertThat(r.complete()).as(r.failures().toString()).isTrue();
        assertThat(r.albums()).isEqualTo(3);
        SharedItem first = demo.get(0).items().get(0);
        Path owned = file("Summer at the Lake", "IMG_0101.JPG");
        assertThat(Files.readAllBytes(owned)).isEqualTo(first.full());
        assertThat(Files.getLastModifiedTime(owned).toMillis()).isEqualTo(first.dateMillis());
        assertThat(file("Summer at the Lake", "IMG_0103.MOV")).exists();
        assertThat(Files.readAllBytes(file("Grandma's Garden", "IMG_2001.JPG"))).isEqualTo(demo.get(1).items().get(0).full());
    }

    @Test
    void albumFilesAndFoldersTakeTheLibrarysFileMode() throws IOException {
        SharedReport r = new SharedAlbumSync(new SignedInAlbums(new SharedStreamsClient(session)), CdnClient.of(session), library,
                List.of(), Clock.systemUTC(), SharedHooks.NONE, warnings::add).fileModes(FileModes.parse("0640")).run();

        assertThat(r.complete()).as(r.failures().toString()).isTrue();
        Path owned = file("Summer at the Lake", "IMG_0101.JPG");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(owned))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(owned.getParent()))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library.resolve(".orchard")))).isEqualTo("rwx------");
    }

    @Test
    void eachFileRecordsTheItemsDateCaptionAndContributor() throws IOException {
        SharedItem added = streams().addItem(demo.get(1), "IMG_2004.JPG", 20_000, SharedStreamsDemo.FRIEND, "Picnic <by the river>");
        sync();
        SharedState.FileEntry f = SharedState.load(library).albums().values().stream()
                .flatMap(a -> a.files.values().stream()).filter(e -> e.path().endsWith("/IMG_2004.JPG")).findFirst().orElseThrow();
        assertThat(f.caption()).isEqualTo("Picnic <by the river>");
        assertThat(f.contributor()).isNotBlank();
        assertThat(f.date()).isEqualTo(added.dateMillis());
    }

    @Test
    void theLargestRenditionIsKept() throws IOException {
        sync();
        SharedItem item = demo.get(1).items().get(1);
        assertThat(item.full().length).isGreaterThan(item.medium().length);
        assertThat(Files.size(file("Grandma's Garden", "IMG_2002.JPG"))).isEqualTo(item.full().length);
    }

    @Test
    void hostileNamesStayInsideTheirAlbumFolder() throws IOException {
        sync();
        Path root = library.resolve("Shared Albums");
        List<Path> all;
        try (Stream<Path> s = Files.walk(library)) {
            all = s.filter(Files::isRegularFile).filter(p -> !p.startsWith(library.resolve(".orchard"))).toList();
        }
        assertThat(all).hasSize(7).allSatisfy(p -> assertThat(p).startsWith(root));
        assertThat(all).allSatisfy(p -> library.relativize(p).forEach(part -> assertThat(part.toString())
                .doesNotStartWith(".").doesNotContain("\u202E").doesNotContain("\u0000")));
        try (Stream<Path> albums = Files.list(root)) {
            assertThat(albums).hasSize(3).allSatisfy(p -> assertThat(p.getFileName().toString()).doesNotStartWith("."));
        }
    }

    @Test
    void anUnchangedAlbumCostsNoFurtherRequest() {
        sync();
        SharedReport again = sync();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.requests()).isEqualTo(1);
        assertThat(again.downloaded()).isZero();

        streams().addItem(demo.get(1), "IMG_2003.JPG", 30_000, SharedStreamsDemo.FRIEND, null);
        SharedReport changed = sync();
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(changed.downloaded()).isEqualTo(1);
        // album list, then count and one page for the changed album only
        assertThat(changed.requests()).isEqualTo(3);
        assertThat(file("Grandma's Garden", "IMG_2003.JPG")).exists();
    }

    @Test
    void itemsRemovedByTheSharerGoToTheTrash() throws IOException {
        sync();
        SharedItem gone = demo.get(1).items().get(0);
        byte[] before = Files.readAllBytes(file("Grandma's Garden", "IMG_2001.JPG"));
        demo.get(1).remove(gone.guid());

        SharedReport r = sync();

        assertThat(r.trashed()).isEqualTo(1);
        assertThat(file("Grandma's Garden", "IMG_2001.JPG")).doesNotExist();
        assertThat(file("Grandma's Garden", "IMG_2002.JPG")).exists();
        Path trashed;
        try (Stream<Path> s = Files.walk(library.resolve(".orchard-trash"))) {
            trashed = s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        assertThat(trashed.toString()).endsWith("Shared Albums/Grandma's Garden/IMG_2001.JPG");
        assertThat(Files.readAllBytes(trashed)).isEqualTo(before);
    }

    @Test
    void anAlbumNoLongerSharedWithUsGoesToTheTrashWhole() {
        sync();
        demo.get(1).unsubscribe(fake.photos().defaultAccount().dsid());

        SharedReport r = sync();

        assertThat(r.trashed()).isEqualTo(2);
        assertThat(library.resolve("Shared Albums/Grandma's Garden")).doesNotExist();
    }

    @Test
    void chosenAlbumsOnly() {
        SharedReport r = sync(List.of("Grandma's Garden", "No Such Album"), CdnClient.of(session), SharedHooks.NONE);
        assertThat(r.albums()).isEqualTo(1);
        assertThat(library.resolve("Shared Albums/Summer at the Lake")).doesNotExist();
        assertThat(warnings).anyMatch(w -> w.contains("No Such Album"));
    }

    @Test
    void anExpiredUrlIsRenewed() {
        CdnClient real = CdnClient.of(session);
        AtomicBoolean first = new AtomicBoolean(true);
        CdnClient expiring = (url, from) -> {
            if (first.getAndSet(false)) fake.clock().advance(streams().urlTtl().plusMinutes(1));
            return real.get(url, from);
        };
        SharedReport r = sync(List.of("Summer at the Lake"), expiring, SharedHooks.NONE);
        assertThat(r.complete()).as(r.failures().toString()).isTrue();
        assertThat(r.downloaded()).isEqualTo(3);
    }

    @Test
    void aFailedListingIsRetriedNextRun() {
        fake.faults().add(new FaultRule(null, "webgetassetcount", FaultKind.STATUS, 500, 0, null, 1.0, 6));
        SharedReport r = sync();
        assertThat(r.complete()).isFalse();
        assertThat(r.downloaded()).isEqualTo(4);
        assertThat(r.failures()).singleElement().asString().contains("HTTP 500");

        SharedReport next = sync();
        assertThat(next.complete()).isTrue();
        assertThat(next.downloaded()).isEqualTo(3);
        assertThat(next.unchanged()).isEqualTo(2);
    }

    @Test
    void aTruncatedDownloadIsNotKept() throws IOException {
        fake.faults().add(new FaultRule(null, "/S/", FaultKind.TRUNCATE, 503, 0, null, 1.0, 1));
        SharedReport r = sync(List.of("Grandma's Garden"), CdnClient.of(session), SharedHooks.NONE);
        assertThat(r.downloaded()).isEqualTo(1);
        assertThat(r.failures()).hasSize(1);
        try (Stream<Path> s = Files.list(library.resolve("Shared Albums/Grandma's Garden"))) {
            assertThat(s.toList()).hasSize(1).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(30_000));
        }
        assertThat(sync().complete()).isTrue();
        assertThat(file("Grandma's Garden", "IMG_2001.JPG")).exists();
        assertThat(file("Grandma's Garden", "IMG_2002.JPG")).exists();
    }

    @Test
    void aKillBeforeTheRenameLeavesNoFileUnderAFinalName() throws IOException {
        class Killed extends Error {
        }
        int[] renames = {0};
        Path[] target = new Path[1];
        SharedHooks kill = new SharedHooks() {
            @Override
            public void beforeRename(Path temp, Path to) {
                if (++renames[0] == 2) {
                    target[0] = to;
                    throw new Killed();
                }
            }
        };
        assertThatThrownBy(() -> sync(List.of(), CdnClient.of(session), kill)).isInstanceOf(Killed.class);
        assertThat(target[0]).doesNotExist();
        try (Stream<Path> s = Files.list(library.resolve(".orchard/partial"))) {
            assertThat(s.toList()).hasSize(1);
        }

        SharedReport r = sync();

        assertThat(r.complete()).isTrue();
        assertThat(r.downloaded()).isEqualTo(6);
        assertThat(target[0]).exists();
        try (Stream<Path> s = Files.list(library.resolve(".orchard/partial"))) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void aKillAfterTheRenameNeitherDuplicatesNorLosesTheFile() throws IOException {
        class Killed extends Error {
        }
        Path[] placed = new Path[1];
        SharedHooks kill = new SharedHooks() {
            @Override
            public void afterRename(Path target) {
                placed[0] = target;
                throw new Killed();
            }
        };
        assertThatThrownBy(() -> sync(List.of("Grandma's Garden"), CdnClient.of(session), kill)).isInstanceOf(Killed.class);
        assertThat(placed[0]).isRegularFile();

        SharedReport r = sync(List.of("Grandma's Garden"), CdnClient.of(session), SharedHooks.NONE);

        assertThat(r.complete()).isTrue();
        try (Stream<Path> s = Files.list(library.resolve("Shared Albums/Grandma's Garden"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("IMG_2001.JPG", "IMG_2002.JPG");
        }
        assertThat(Verifier.run(library, false, n -> { }).verified()).isEqualTo(2);
    }

    @Test
    void aPublicLinkIsKeptWithoutAnAccount() throws IOException {
        SharedAlbum lake = demo.get(0);
        try (HttpTransport http = new HttpTransport(TransportConfig.defaults().withSleeper(waits::add), new CookieJar())) {
            PublicLinkAlbum source = new PublicLinkAlbum(new PublicStreamClient(http, fake.baseUrl()), SharedStreams.publicLink(lake));
            CdnClient cdn = PublicLinkAlbum.downloads(http);
            SharedReport r = new SharedAlbumSync(source, cdn, library, List.of(), Clock.systemUTC(), SharedHooks.NONE,
                    warnings::add).run();

            assertThat(r.complete()).as(r.failures().toString()).isTrue();
            assertThat(r.downloaded()).isEqualTo(3);
            List<Path> files;
            try (Stream<Path> s = Files.list(library.resolve("Shared Albums/Summer at the Lake"))) {
                files = s.sorted().toList();
            }
            assertThat(files).hasSize(3);
            assertThat(files.stream().map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".mp4"));
            long total = 0;
            for (Path p : files) total += Files.size(p);
            assertThat(total).isEqualTo(lake.items().stream().mapToLong(i -> i.full().length).sum());

            SharedReport again = new SharedAlbumSync(source, cdn, library, List.of(), Clock.systemUTC(), SharedHooks.NONE,
                    warnings::add).run();
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.requests()).isEqualTo(1);
        }
    }

    @Test
    void aLinkToAnAlbumThatIsNotPublicIsRefused() {
        try (HttpTransport http = new HttpTransport(TransportConfig.defaults().withSleeper(waits::add), new CookieJar())) {
            PublicLinkAlbum source = new PublicLinkAlbum(new PublicStreamClient(http, fake.baseUrl()),
                    SharedStreams.publicLink(demo.get(1)));
            assertThatThrownBy(source::albums).hasMessageContaining("no public album");
        }
        assertThatThrownBy(() -> PublicStreamClient.token("https://example.com/../etc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a shared album link");
    }

    @Test
    void verifyFindsDamagedSharedFilesAndRepairBringsThemBack() throws IOException {
        sync();
        Path damaged = file("Grandma's Garden", "IMG_2001.JPG");
        byte[] good = Files.readAllBytes(damaged);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 1;
        Files.write(damaged, bad);
        Files.delete(file("Summer at the Lake", "IMG_0102.JPG"));

        VerifyReport report = Verifier.run(library, true, n -> { });

        assertThat(report.corrupt()).singleElement().asString().contains("IMG_2001.JPG").contains("SHA-256");
        assertThat(report.missing()).singleElement().asString().endsWith("IMG_0102.JPG");
        assertThat(damaged).doesNotExist();
        SharedReport again = sync();
        assertThat(again.downloaded()).isEqualTo(2);
        assertThat(Files.readAllBytes(damaged)).isEqualTo(good);
        assertThat(Verifier.run(library, false, n -> { }).corrupt()).isEmpty();
    }
}

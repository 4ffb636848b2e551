package dev.orchard.icloud.drive;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.icloud.testing.DriveTestSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DriveClientTest {
    static FakeICloud fake;
    @TempDir
    Path dir;
    DriveTestSession s;
    RemoteDrive remote;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        fake.faults().clear();
        fake.stats().reset();
        s = DriveTestSession.fresh(fake, dir.resolve("state"));
        remote = s.remote();
    }

    @AfterEach
    void close() {
        s.close();
        fake.drive().settings().redirect330(false).unknownCreateFolders(0, true).nfdNames(false).downloadBatchMax(5);
    }

    private RemoteItem root() {
        return s.client.listFolder(DriveIds.ROOT).folder();
    }

    @Test
    void uploadsListsAndDownloadsWithTheLocalMtime() throws Exception {
        Path src = Files.writeString(dir.resolve("report.pdf"), "hello drive");
        Instant mtime = Instant.parse("2024-02-01T10:00:00Z");
        RemoteItem up = new DriveUploader(s.client).upload(root(), "report.pdf", src, mtime, false, id -> { });
        assertThat(up.name()).isEqualTo("report.pdf");
        assertThat(up.modified()).isEqualTo(mtime);
        assertThat(remote.read("report.pdf")).isEqualTo("hello drive".getBytes(StandardCharsets.UTF_8));

        FolderListing root = s.client.listFolder(DriveIds.ROOT);
        RemoteItem listed = root.children().stream().filter(c -> c.name().equals("report.pdf")).findFirst().orElseThrow();
        assertThat(listed.size()).isEqualTo(11);
        assertThat(listed.modified()).isEqualTo(mtime);
        assertThat(root.children()).anyMatch(c -> c.type() == ItemType.APP_LIBRARY);

        Path out = dir.resolve("out");
        DriveDownloader.Result r = new DriveDownloader(s.client).download(listed, out);
        assertThat(r.isPackage()).isFalse();
        assertThat(Files.readString(out)).isEqualTo("hello drive");
    }

    @Test
    void zeroByteFilesNeedNoDownloadRequest() throws Exception {
        remote.createFile("empty.txt", new byte[0]);
        RemoteItem empty = s.client.listFolder(DriveIds.ROOT).children().stream()
                .filter(c -> c.name().equals("empty.txt")).findFirst().orElseThrow();
        fake.stats().reset();
        new DriveDownloader(s.client).download(empty, dir.resolve("e"));
        assertThat(Files.size(dir.resolve("e"))).isZero();
        assertThat(fake.stats().total()).isZero();
    }

    private List<RemoteItem> rootFiles(String... names) {
        List<RemoteItem> children = s.client.listFolder(DriveIds.ROOT).children();
        List<RemoteItem> out = new ArrayList<>();
        for (String n : names) out.add(children.stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow());
        return out;
    }

    @Test
    void oneBatchCallGivesTheUrlsOfSeveralDocumentsMatchedByTheirIds() throws Exception {
        remote.createFile("a.txt", "aa".getBytes(StandardCharsets.UTF_8));
        remote.createFile("b.txt", "bbb".getBytes(StandardCharsets.UTF_8));
        remote.createPackage("c.key", java.util.Map.of("x", new byte[] {1}), null);
        List<RemoteItem> files = rootFiles("c.key", "b.txt", "a.txt");
        DriveDownloader downloader = new DriveDownloader(s.client);
        fake.stats().reset();
        var tokens = downloader.tokens(files);
        assertThat(fake.stats().countPath("/ws/com.apple.CloudDocs/download/batch")).isEqualTo(1);
        assertThat(tokens).containsOnlyKeys(files.get(0).docwsid(), files.get(1).docwsid(), files.get(2).docwsid());
        assertThat(tokens.get(files.get(0).docwsid()).isPackage()).isTrue();

        fake.stats().reset();
        DriveDownloader.Result b = downloader.download(files.get(1), dir.resolve("b"), tokens.get(files.get(1).docwsid()));
        assertThat(b.bytes()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("b"))).isEqualTo("bbb");
        assertThat(fake.stats().countPath("/ws/com.apple.CloudDocs/download/by_id")).isZero();
        assertThat(fake.stats().total()).isEqualTo(1);
    }

    @Test
    void aRefusedBatchLeavesEveryDocumentToById() throws Exception {
        remote.createFile("a.txt", "aa".getBytes(StandardCharsets.UTF_8));
        remote.createFile("b.txt", "bb".getBytes(StandardCharsets.UTF_8));
        fake.drive().settings().downloadBatchMax(1);
        List<RemoteItem> files = rootFiles("a.txt", "b.txt");
        DriveDownloader downloader = new DriveDownloader(s.client);
        fake.stats().reset();
        assertThat(downloader.tokens(files)).isEmpty();
        assertThat(fake.stats().total()).as("a refusal is not retried").isEqualTo(1);
        assertThat(s.waits).isEmpty();
        downloader.download(files.get(0), dir.resolve("a"), null);
        assertThat(Files.readString(dir.resolve("a"))).isEqualTo("aa");
    }

    @Test
    void aThrottledBatchLeavesEveryDocumentToByIdInsteadOfEndingThePass() throws Exception {
        remote.createFile("a.txt", "aa".getBytes(StandardCharsets.UTF_8));
        List<RemoteItem> files = rootFiles("a.txt");
        DriveDownloader downloader = new DriveDownloader(s.client);
        fake.faults().add(FaultRule.status(ServiceGroup.DRIVE, 429, 1, 100));
        assertThat(downloader.tokens(files)).isEmpty();
        assertThat(s.waits).as("the batch call was retried before it was given up").isNotEmpty();
        fake.faults().clear();
        downloader.download(files.get(0), dir.resolve("a"), null);
        assertThat(Files.readString(dir.resolve("a"))).isEqualTo("aa");
    }

    @Test
    void documentsTheBatchAnswersWithoutAUrlAreLeftOut() {
        remote.createFile("a.txt", "aa".getBytes(StandardCharsets.UTF_8));
        remote.createFile("gone.txt", "g".getBytes(StandardCharsets.UTF_8));
        List<RemoteItem> files = rootFiles("a.txt", "gone.txt");
        remote.purge("gone.txt");
        assertThat(new DriveDownloader(s.client).tokens(files)).containsOnlyKeys(files.get(0).docwsid());
    }

    /** A URL download/batch handed out, spoiled by {@code spoil}, still gets the file, through one by_id call. */
    private void batchUrlIsRenewedThroughById(Runnable spoil) throws Exception {
        remote.createFile("a.txt", "aa".getBytes(StandardCharsets.UTF_8));
        RemoteItem a = rootFiles("a.txt").get(0);
        DriveDownloader downloader = new DriveDownloader(s.client);
        var token = downloader.tokens(List.of(a)).get(a.docwsid());
        spoil.run();
        fake.stats().reset();
        downloader.download(a, dir.resolve("a"), token);
        assertThat(Files.readString(dir.resolve("a"))).isEqualTo("aa");
        assertThat(fake.stats().countPath("/ws/com.apple.CloudDocs/download/by_id")).isEqualTo(1);
    }

    @Test
    void anExpiredBatchUrlIsRenewedThroughById() throws Exception {
        batchUrlIsRenewedThroughById(() -> fake.clock().advance(java.time.Duration.ofHours(2)));
    }

    @Test
    void aBatchUrlTheCdnRefusesIsRenewedThroughById() throws Exception {
        batchUrlIsRenewedThroughById(() -> fake.faults().add(FaultRule.status(ServiceGroup.CDN, 403, 0, 1)));
    }

    @Test
    void followsApples330AndRetriesTruncatedBodies() throws Exception {
        remote.createFile("a.bin", new byte[5000]);
        fake.drive().settings().redirect330(true);
        fake.faults().add(FaultRule.of(ServiceGroup.CDN, dev.orchard.fake.faults.FaultKind.TRUNCATE, 1.0, 1));
        RemoteItem a = s.client.listFolder(DriveIds.ROOT).children().stream().filter(c -> c.name().equals("a.bin")).findFirst().orElseThrow();
        new DriveDownloader(s.client).download(a, dir.resolve("a"));
        assertThat(Files.size(dir.resolve("a"))).isEqualTo(5000);
    }

    @Test
    void createFoldersIsIdempotentWhenTheAnswerIsUnknown() {
        fake.drive().settings().unknownCreateFolders(1, true);
        RemoteItem f = s.client.createFolder(root(), "Work");
        assertThat(f.name()).isEqualTo("Work");
        fake.drive().settings().unknownCreateFolders(1, false);
        RemoteItem g = s.client.createFolder(root(), "Play");
        assertThat(g.name()).isEqualTo("Play");
        assertThat(remote.list()).extracting(RemoteDrive.Entry::path).containsExactlyInAnyOrder("Play", "Work");
    }

    @Test
    void staleEtagsComeBackAsEtagConflictWithTheCurrentEtag() {
        remote.createFile("n.txt", "1".getBytes());
        RemoteItem n = s.client.listFolder(DriveIds.ROOT).children().stream().filter(c -> c.name().equals("n.txt")).findFirst().orElseThrow();
        remote.editFile("n.txt", "2".getBytes(), null);
        MutationResult r = s.client.trash(n);
        assertThat(r.status()).isEqualTo(MutationResult.Status.ETAG_CONFLICT);
        assertThat(r.item().etag()).isEqualTo(remote.require("n.txt").etag());
        assertThat(s.client.trash(r.item()).ok()).isTrue();
        assertThat(remote.listTrash()).extracting(RemoteDrive.Entry::path).containsExactly("n.txt");
    }

    @Test
    void renamesAndMovesKeepIdentity() {
        remote.createFile("a.txt", "x".getBytes());
        remote.createFolder("Dest");
        List<RemoteItem> kids = s.client.listFolder(DriveIds.ROOT).children();
        RemoteItem a = kids.stream().filter(c -> c.name().equals("a.txt")).findFirst().orElseThrow();
        RemoteItem dest = kids.stream().filter(c -> c.name().equals("Dest")).findFirst().orElseThrow();
        MutationResult moved = s.client.move(a, dest);
        MutationResult renamed = s.client.rename(moved.item(), "b.txt");
        assertThat(renamed.ok()).isTrue();
        assertThat(renamed.item().drivewsid()).isEqualTo(a.drivewsid());
        assertThat(remote.require("Dest/b.txt").drivewsid()).isEqualTo(a.drivewsid());
    }

    @Test
    void throttlingSlowsLaterCallsDownAndSuccessSpeedsThemUpAgain() {
        fake.faults().add(FaultRule.status(ServiceGroup.DRIVE, 503, 0, 6));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> s.client.listFolder(DriveIds.ROOT)))
                .isInstanceOf(dev.orchard.icloud.http.RetryLaterException.class);
        assertThat(s.client.pacing()).isEqualTo(java.time.Duration.ofMillis(10));
        assertThat(s.client.listFolder(DriveIds.ROOT).invalid()).isFalse();
        assertThat(s.client.pacing()).isZero();
    }

    @Test
    void reauthenticatesOnceWhenTheSessionExpires() {
        fake.drive().faults().expireSessions(s.account);
        assertThat(s.client.listFolder(DriveIds.ROOT).invalid()).isFalse();
        assertThat(s.reauthentications).hasValue(1);
    }

    @Test
    void uploadsIntoAnAppLibraryUseItsZone() throws Exception {
        RemoteItem pages = s.client.listFolder(DriveIds.ROOT).children().stream()
                .filter(c -> c.zone().equals("com.apple.Pages")).findFirst().orElseThrow();
        Path src = Files.writeString(dir.resolve("n.txt"), "p");
        RemoteItem up = new DriveUploader(s.client).upload(pages, "n.txt", src, Instant.now(), false, id -> { });
        assertThat(up.zone()).isEqualTo("com.apple.Pages");
        assertThat(remote.zone("com.apple.Pages").read("n.txt")).isEqualTo("p".getBytes());
    }

    @Test
    void batchedWalkListsEveryFolderWithFewCalls() {
        for (int i = 0; i < 30; i++) remote.createFile("d" + i + "/sub/f.txt", ("" + i).getBytes());
        fake.stats().reset();
        List<String> seen = new ArrayList<>();
        new FolderWalker(s.client, 25, 4).walk(DriveIds.ROOT, c -> c.zone().equals(DriveIds.CLOUD_DOCS),
                l -> l.children().forEach(c -> seen.add(c.name())));
        assertThat(seen).filteredOn("f.txt"::equals).hasSize(30);
        assertThat(fake.stats().countPath("/retrieveItemDetailsInFolders")).isLessThanOrEqualTo(5);
    }
}

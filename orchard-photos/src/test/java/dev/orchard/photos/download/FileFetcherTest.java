package dev.orchard.photos.download;

import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The download rules that need a CDN misbehaving in ways the fake has no knob for. */
class FileFetcherTest {
    @TempDir
    Path dir;
    final byte[] content = "not really a photo, but bytes all the same".getBytes(StandardCharsets.UTF_8);

    private FileFetcher fetcher(CdnClient cdn) {
        LibraryPaths paths = new LibraryPaths(dir);
        UrlRefresher refresher = new UrlRefresher(null, z -> null, i -> List.of());
        return new FileFetcher(cdn, paths, refresher, paths.trash(Clock.systemUTC()), d -> { }, DownloadHooks.NONE,
                StallWatchdog.manual(Duration.ofSeconds(60), () -> 0));
    }

    private DownloadItem item(String checksum, long size) {
        return new DownloadItem("PrimarySync", "ASSET", "MASTER",
                new Resource(ResourceRole.ORIGINAL, checksum, size, "public.jpeg", "https://cdn.example/B/x"), "Photos/2024/01/A.JPG", 1_700_000_000_000L);
    }

    private static StreamingResponse ok(byte[] body, String contentType) {
        HttpHeaders h = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
        return new StreamingResponse(URI.create("https://cdn.example/B/x"), 200, h, new ByteArrayInputStream(body));
    }

    @Test
    void aChecksumInAnotherFormatIsSizeCheckedAndRecordedUnverified() throws Exception {
        FileFetcher.Outcome o = fetcher((url, from) -> ok(content, "application/octet-stream"))
                .fetch(item("AgAAAAAAAAAAAAAAAAAAAAAAAAAA", content.length), n -> { });
        assertThat(o.verified()).isFalse();
        assertThat(Files.readAllBytes(dir.resolve("Photos/2024/01/A.JPG"))).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(dir.resolve("Photos/2024/01/A.JPG")).toMillis()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void aVerifiableChecksumIsVerified() throws Exception {
        FileFetcher.Outcome o = fetcher((url, from) -> ok(content, "application/octet-stream"))
                .fetch(item(FileChecksum.of(content), content.length), n -> { });
        assertThat(o.verified()).isTrue();
    }

    @Test
    void anHtmlPageWithStatus200NeverBecomesTheFile() {
        byte[] html = "<!DOCTYPE html><html><body>Oops</body></html>".getBytes(StandardCharsets.UTF_8);
        AtomicInteger calls = new AtomicInteger();
        List<Duration> waits = new ArrayList<>();
        LibraryPaths paths = new LibraryPaths(dir);
        FileFetcher f = new FileFetcher((url, from) -> {
            calls.incrementAndGet();
            return ok(html, "application/octet-stream");
        }, paths, new UrlRefresher(null, z -> null, i -> List.of()), paths.trash(Clock.systemUTC()), waits::add,
                DownloadHooks.NONE, StallWatchdog.manual(Duration.ofSeconds(60), () -> 0));
        assertThatThrownBy(() -> f.fetch(item("AgAAAAAAAAAAAAAAAAAAAAAAAAAA", html.length), n -> { }))
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.trouble()).isEqualTo(DownloadTrouble.HTML_PAGE))
                .hasMessageContaining("HTML page");
        assertThat(calls.get()).isEqualTo(FileFetcher.MAX_NETWORK_ATTEMPTS);
        assertThat(waits).as("short pauses, not the exponential backoff of an overloaded server")
                .hasSize(FileFetcher.MAX_NETWORK_ATTEMPTS - 1).containsOnly(FileFetcher.HTML_RETRY_WAIT);
        assertThat(dir.resolve("Photos/2024/01/A.JPG")).doesNotExist();
    }

    @Test
    void aRedirectIsNeverFollowedAndSaysWhereItPointsWithoutRetrying() {
        AtomicInteger calls = new AtomicInteger();
        List<Duration> waits = new ArrayList<>();
        LibraryPaths paths = new LibraryPaths(dir);
        FileFetcher f = new FileFetcher((url, from) -> {
            calls.incrementAndGet();
            HttpHeaders h = HttpHeaders.of(Map.of("Location", List.of("file:///etc/passwd")), (a, b) -> true);
            return new StreamingResponse(URI.create(url), 302, h, new ByteArrayInputStream(new byte[0]));
        }, paths, new UrlRefresher(null, z -> null, i -> List.of()), paths.trash(Clock.systemUTC()), waits::add,
                DownloadHooks.NONE, StallWatchdog.manual(Duration.ofSeconds(60), () -> 0));
        assertThatThrownBy(() -> f.fetch(item(FileChecksum.of(content), content.length), n -> { }))
                .isInstanceOfSatisfying(DownloadException.class, e -> {
                    assertThat(e.trouble()).isEqualTo(DownloadTrouble.REDIRECT);
                    assertThat(e.detail()).isEqualTo("file://");
                })
                .hasMessage("Photos/2024/01/A.JPG: the download server redirects to file:// instead of sending the file "
                        + "(HTTP 302; not followed)");
        assertThat(calls).hasValue(1);
        assertThat(waits).isEmpty();
        assertThat(dir.resolve("Photos/2024/01/A.JPG")).doesNotExist();
    }

    @Test
    void aBodyLongerThanAnnouncedIsCutAndTheRestIgnored() throws Exception {
        byte[] longer = new byte[content.length + 10];
        System.arraycopy(content, 0, longer, 0, content.length);
        FileFetcher.Outcome o = fetcher((url, from) -> ok(longer, "application/octet-stream"))
                .fetch(item(FileChecksum.of(content), content.length), n -> { });
        assertThat(o.verified()).isTrue();
        assertThat(Files.size(dir.resolve("Photos/2024/01/A.JPG"))).isEqualTo(content.length);
    }

    @Test
    void aStalledBodyIsDroppedAndTheDownloadResumesWithARange() throws Exception {
        long[] now = {0};
        StallWatchdog watchdog = StallWatchdog.manual(Duration.ofSeconds(60), () -> now[0]);
        List<Long> ranges = new ArrayList<>();
        CdnClient stallingOnce = (url, from) -> {
            ranges.add(from);
            if (ranges.size() > 1) {
                byte[] rest = java.util.Arrays.copyOfRange(content, (int) from, content.length);
                HttpHeaders h = HttpHeaders.of(Map.of("Content-Range", List.of("bytes " + from + "-" + (content.length - 1) + "/"
                        + content.length)), (a, b) -> true);
                return new StreamingResponse(URI.create(url), 206, h, new ByteArrayInputStream(rest));
            }
            java.io.InputStream stalls = new java.io.InputStream() {
                int sent;
                volatile boolean closed;

                @Override
                public int read() throws java.io.IOException {
                    if (sent < 10) return content[sent++];
                    now[0] += Duration.ofSeconds(61).toNanos();
                    watchdog.check();
                    if (closed) throw new java.io.IOException("closed by the watchdog");
                    throw new AssertionError("the watchdog did not close the stalled body");
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
            return new StreamingResponse(URI.create(url), 200, HttpHeaders.of(Map.of(), (a, b) -> true), stalls);
        };
        LibraryPaths paths = new LibraryPaths(dir);
        FileFetcher f = new FileFetcher(stallingOnce, paths, new UrlRefresher(null, z -> null, i -> List.of()),
                paths.trash(Clock.systemUTC()), d -> { }, DownloadHooks.NONE, watchdog);
        assertThat(f.fetch(item(FileChecksum.of(content), content.length), n -> { }).verified()).isTrue();
        assertThat(ranges).containsExactly(0L, 10L);
    }

    @Test
    void aPartLeftByAnEarlierRunIsVerifiedFromDiskSoABadStartIsCaught() throws Exception {
        DownloadItem item = item(FileChecksum.of(content), content.length);
        Path part = new LibraryPaths(dir).partialDirectory().resolve(FileFetcher.partName(item));
        Files.createDirectories(part.getParent());
        Files.write(part, "XXXXXXXXXX".getBytes(StandardCharsets.UTF_8));
        List<Long> ranges = new ArrayList<>();
        FileFetcher.Outcome o = fetcher((url, from) -> {
            ranges.add(from);
            byte[] rest = java.util.Arrays.copyOfRange(content, (int) from, content.length);
            HttpHeaders h = HttpHeaders.of(Map.of("Content-Range", List.of("bytes " + from + "-" + (content.length - 1) + "/"
                    + content.length)), (a, b) -> true);
            return new StreamingResponse(URI.create(url), from > 0 ? 206 : 200, h, new ByteArrayInputStream(rest));
        }).fetch(item, n -> { });
        assertThat(ranges).as("resumed after the old part, then fetched again from scratch").containsExactly(10L, 0L);
        assertThat(o.verified()).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("Photos/2024/01/A.JPG"))).isEqualTo(content);
    }

    @Test
    void bytesThatDoNotMatchTheChecksumAreNeverPlaced() {
        byte[] other = content.clone();
        other[5] ^= 1;
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> fetcher((url, from) -> {
            calls.incrementAndGet();
            return ok(other, "application/octet-stream");
        }).fetch(item(FileChecksum.of(content), content.length), n -> { })).isInstanceOf(Quarantined.class);
        assertThat(calls).hasValue(2);
        assertThat(dir.resolve("Photos/2024/01/A.JPG")).doesNotExist();
    }

    @Test
    void aFileThatStaysShortIsNotPlaced() {
        List<Long> ranges = new ArrayList<>();
        assertThatThrownBy(() -> fetcher((url, from) -> {
            ranges.add(from);
            return ok(new byte[0], "application/octet-stream");
        }).fetch(item(FileChecksum.of(content), content.length), n -> { })).isInstanceOf(DownloadException.class)
                .hasMessageContaining("ended after 0 of " + content.length)
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.trouble()).isEqualTo(DownloadTrouble.SHORT_BODY));
        assertThat(dir.resolve("Photos/2024/01/A.JPG")).doesNotExist();
    }
}

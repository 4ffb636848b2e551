package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.DownloadsFailingException;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When every download fails the same way, the run stops early and says what is probably wrong. */
class DownloadFailuresTest extends FakeLibraryTest {
    static final int FILES = 20;

    @BeforeEach
    void library() {
        fake.photos().generate(FILES);
    }

    @Test
    void aCaptivePortalStopsTheRunAfterAFewFilesAndTheNextRunFinishes() {
        fake.photos().settings().htmlErrorPages(100_000);
        assertThatThrownBy(this::sync).isInstanceOf(DownloadsFailingException.class)
                .hasMessageStartingWith("iCloud's download server answers an HTML page instead of the files: a captive portal or proxy?")
                .hasMessageContaining("Downloads stopped after 6 files in a row failed the same way");
        long attempts = fake.stats().count(ServiceGroup.CDN);
        assertThat(attempts).as("downloads tried before stopping").isLessThan(12L * 6);
        assertThat(LocalTree.originals(library)).isEmpty();

        fake.photos().settings().htmlErrorPages(0);
        SyncReport again = sync();
        assertThat(again.complete()).isTrue();
        assertThat(LocalTree.originals(library)).hasSizeGreaterThanOrEqualTo(FILES);
    }

    @Test
    void redirectsEverywhereStopTheRunWithoutWaiting() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> syncThrough(redirecting(asked, Integer.MAX_VALUE), 3)).isInstanceOf(DownloadsFailingException.class)
                .hasMessageStartingWith("iCloud's download server redirects the downloads to file://: a captive portal or proxy?");
        assertThat(waits).isEmpty();
        assertThat(asked.get()).isLessThan(12);
    }

    @Test
    void aFewFailuresAmongSuccessesDoNotStopTheRunAndAreReported() {
        SyncReport r = syncThrough(redirecting(new AtomicInteger(), 3), 1);
        assertThat(r.failed()).hasSize(3).allSatisfy(f -> assertThat(f).contains("redirects to file://"));
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isGreaterThanOrEqualTo(FILES - 3);
        assertThat(LocalTree.originals(library)).hasSize((int) r.get(SyncReport.Counter.DOWNLOADED));
    }

    /** The first {@code count} downloads are redirected to a local file, as a hostile portal might. */
    private CdnClient redirecting(AtomicInteger asked, int count) {
        CdnClient real = CdnClient.of(session);
        return (url, from) -> {
            if (asked.incrementAndGet() > count) return real.get(url, from);
            HttpHeaders h = HttpHeaders.of(Map.of("Location", List.of("file:///etc/passwd")), (a, b) -> true);
            return new StreamingResponse(URI.create(CdnClient.escape(url)), 302, h, new ByteArrayInputStream(new byte[0]));
        };
    }

    private SyncReport syncThrough(CdnClient cdn, int threads) {
        return new PhotoSync(photos, cdn, SyncOptions.builder(library).downloadThreads(threads).build(), SyncListener.NONE,
                DownloadHooks.NONE, waits::add).run();
    }
}

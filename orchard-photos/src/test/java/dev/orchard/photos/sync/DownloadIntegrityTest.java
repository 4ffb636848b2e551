package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.DownloadItem;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadIntegrityTest extends FakeLibraryTest {
    static final String SPEC = """
            {"seed": 21, "sharedLibrary": false, "assets": [
               {"filename": "A.JPG", "date": "2024-01-01T00:00:00Z"},
               {"filename": "B.JPG", "date": "2024-01-02T00:00:00Z"},
               {"filename": "C.JPG", "date": "2024-01-03T00:00:00Z"},
               {"filename": "D.JPG", "date": "2024-01-04T00:00:00Z"},
               {"filename": "E.JPG", "date": "2024-01-05T00:00:00Z"}]}""";

    @Test
    void urlsThatExpireMidRunAreRenewedInOneLookup() {
        load(SPEC);
        AtomicBoolean expired = new AtomicBoolean();
        DownloadHooks expireAfterFirstFile = new DownloadHooks() {
            @Override
            public void afterRename(DownloadItem item, Path file) {
                if (expired.compareAndSet(false, true)) fake.clock().advance(Duration.ofHours(2));
            }
        };
        SyncReport r = sync(b -> b.downloadThreads(1), expireAfterFirstFile);
        assertThat(r.complete()).isTrue();
        assertThat(LocalTree.originals(library)).hasSize(5);
        assertThat(r.get(SyncReport.Counter.URL_RENEWALS)).isEqualTo(1);
        assertThat(fake.stats().countPath("/database/1/com.apple.photos.cloud/production/private/records/lookup")).isEqualTo(1);
    }

    @Test
    void bytesThatNeverMatchTheChecksumAreQuarantinedNotPlaced() {
        load(SPEC);
        CdnClient real = CdnClient.of(session);
        AtomicInteger served = new AtomicInteger();
        CdnClient corruptingB = (url, from) -> {
            StreamingResponse r = real.get(url, from);
            String name = remote().primary().assets().stream().filter(a -> "B.JPG".equals(a.master().filename())).findFirst()
                    .orElseThrow().master().recordName();
            if (!url.contains(name.substring(0, 20).replace('+', '-').replace('/', '_'))) return r;
            served.incrementAndGet();
            return new StreamingResponse(r.uri(), r.status(), r.headers(), flipFirstByte(r.body()));
        };
        SyncReport report = new PhotoSync(photos, corruptingB, SyncOptions.builder(library).build(), SyncListener.NONE,
                DownloadHooks.NONE, waits::add).run();
        assertThat(served).hasValue(2);
        assertThat(report.quarantined()).singleElement().asString().contains("B.JPG").contains("checksum");
        Map<String, String> files = LocalTree.originals(library);
        assertThat(files).containsOnlyKeys("Photos/2024/01/A.JPG", "Photos/2024/01/C.JPG", "Photos/2024/01/D.JPG",
                "Photos/2024/01/E.JPG");
        assertThat(LocalTree.files(library, ".orchard-quarantine")).containsOnlyKeys(".orchard-quarantine/Photos/2024/01/B.JPG");
        SyncReport again = sync();
        assertThat(again.complete()).isTrue();
        assertThat(LocalTree.originals(library)).containsKey("Photos/2024/01/B.JPG");
    }

    @Test
    void theDryRunTouchesNothing() {
        load(SPEC);
        SyncReport r = sync(b -> b.dryRun(true));
        assertThat(r.get(SyncReport.Counter.PLANNED_FILES)).as("5 files and their 10 renditions").isEqualTo(15);
        assertThat(fake.stats().count(ServiceGroup.CDN)).isZero();
        assertThat(LocalTree.originals(library)).isEmpty();
        SyncReport real = sync();
        assertThat(real.get(SyncReport.Counter.DOWNLOADED)).isEqualTo(5);
        assertThat(real.zones()).containsEntry("PrimarySync", SyncReport.FetchMode.FULL);
    }

    /** The body with its first byte changed: bytes that can never match their checksum. */
    static InputStream flipFirstByte(InputStream in) {
        return new FilterInputStream(in) {
            boolean first = true;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (first && n > 0) {
                    b[off] ^= 0x55;
                    first = false;
                }
                return n;
            }
        };
    }
}

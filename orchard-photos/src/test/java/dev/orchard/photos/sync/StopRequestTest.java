package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A sync asked to stop (the service shutting down) ends early and leaves the rest for the next run. */
class StopRequestTest extends FakeLibraryTest {
    @Test
    void stopsAfterTheFilesInFlightAndTheNextRunFinishes() {
        fake.photos().generate(30);
        sync();
        Map<String, String> all = LocalTree.originals(library);
        library = dir.resolve("second");

        AtomicBoolean stop = new AtomicBoolean();
        SyncListener stopAfterFirstFile = new SyncListener() {
            @Override
            public void fileDone(String path) {
                stop.set(true);
            }
        };
        SyncReport stopped = new PhotoSync(photos, CdnClient.of(session), SyncOptions.builder(library).downloadThreads(1).build(),
                stopAfterFirstFile, DownloadHooks.NONE, waits::add).run(stop::get);
        assertThat(stopped.stopped()).isTrue();
        int partial = LocalTree.originals(library).size();
        assertThat(partial).isPositive().isLessThan(all.size());

        SyncReport next = sync();
        assertThat(next.stopped()).isFalse();
        assertThat(next.complete()).isTrue();
        assertThat(LocalTree.originals(library)).isEqualTo(all);
    }
}

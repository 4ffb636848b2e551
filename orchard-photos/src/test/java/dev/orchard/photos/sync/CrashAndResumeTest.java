package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncReport;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.download.DownloadItem;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A crash is simulated by throwing an Error from inside the engine at a chosen point: nothing after it runs
 * (no cleanup, no commit), as with {@code kill -9}. The next run must finish the job without fetching a
 * verified file again, and no file may ever sit under its final name unless it is complete and verified.
 */
class CrashAndResumeTest extends FakeLibraryTest {
    Map<String, String> expected;

    /** Stands for the process dying. */
    static final class Crash extends Error {
    }

    @BeforeEach
    void library() {
        fake.photos().settings().contentSizes(new dev.orchard.fake.photos.library.ContentSizes(48_000, 96_000));
        fake.photos().generate(30);
        sync();
        expected = LocalTree.originals(library);
        library = dir.resolve("second");
        fake.stats().reset();
    }

    @Test
    void crashInTheMiddleOfAFileResumesItWithARange() {
        AtomicInteger files = new AtomicInteger();
        DownloadHooks crashMidFile = new DownloadHooks() {
            @Override
            public void afterBytes(DownloadItem item, long written) {
                if (written > 30_000 && files.incrementAndGet() == 5) throw new Crash();
            }
        };
        assertThatThrownBy(() -> sync(b -> b.downloadThreads(1), crashMidFile)).isInstanceOf(Crash.class);
        assertOnlyCompleteFiles();
        long cdnBefore = fake.stats().count(ServiceGroup.CDN);
        SyncReport r = sync();
        assertThat(r.complete()).isTrue();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(r.get(SyncReport.Counter.DOWNLOADED) + cdnBefore).isLessThanOrEqualTo(expected.size() + 1);
    }

    @Test
    void crashBetweenRenameAndCommitAdoptsTheFileWithoutDownloadingIt() {
        AtomicInteger renamed = new AtomicInteger();
        DownloadHooks crashAfterRename = new DownloadHooks() {
            @Override
            public void afterRename(DownloadItem item, Path file) {
                if (renamed.incrementAndGet() == 10) throw new Crash();
            }
        };
        // Originals only, so that the request counts below are the library's files.
        assertThatThrownBy(() -> sync(b -> b.downloadThreads(1).thumbnails(false), crashAfterRename)).isInstanceOf(Crash.class);
        assertOnlyCompleteFiles();
        long downloadedBefore = fake.stats().count(ServiceGroup.CDN);
        SyncReport r = sync(b -> b.thumbnails(false));
        assertThat(r.complete()).isTrue();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(r.get(SyncReport.Counter.ADOPTED)).isGreaterThanOrEqualTo(1);
        assertThat(downloadedBefore + fake.stats().count(ServiceGroup.CDN) - downloadedBefore).isLessThanOrEqualTo(expected.size());
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isEqualTo(expected.size() - 10);
    }

    @Test
    void crashBeforeTheRenameLeavesOnlyAPartialFile() {
        AtomicInteger n = new AtomicInteger();
        DownloadHooks crashBeforeRename = new DownloadHooks() {
            @Override
            public void beforeRename(DownloadItem item, Path partial) {
                if (n.incrementAndGet() == 3) throw new Crash();
            }
        };
        assertThatThrownBy(() -> sync(b -> b.downloadThreads(1), crashBeforeRename)).isInstanceOf(Crash.class);
        assertOnlyCompleteFiles();
        assertThat(LocalTree.originals(library)).hasSize(2);
        SyncReport r = sync();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isEqualTo(expected.size() - 2);
        assertThat(library.resolve(".orchard/partial")).isEmptyDirectory();
    }

    @Test
    void aSecondRunAfterAFinishedOneFetchesNothing() {
        SyncReport first = sync();
        assertThat(first.complete()).isTrue();
        fake.stats().reset();
        SyncReport r = sync();
        assertThat(r.get(SyncReport.Counter.DOWNLOADED)).isZero();
        assertThat(fake.stats().count(ServiceGroup.CDN)).isZero();
    }

    /** Every file under Photos/ is one of the expected files with exactly the expected bytes. */
    private void assertOnlyCompleteFiles() {
        Map<String, String> now = LocalTree.originals(library);
        now.forEach((path, checksum) -> assertThat(expected).containsEntry(path, checksum));
    }
}

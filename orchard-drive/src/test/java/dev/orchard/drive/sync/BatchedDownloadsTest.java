package dev.orchard.drive.sync;

import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Small downloads ask download/batch for their URLs a few at a time; whatever it does not answer asks by_id. */
class BatchedDownloadsTest {
    private static final String BATCH = "/ws/com.apple.CloudDocs/download/batch";
    private static final String BY_ID = "/ws/com.apple.CloudDocs/download/by_id";

    @TempDir
    Path dir;

    private static void files(DriveFixture f, int n) {
        for (int i = 0; i < n; i++) f.remoteWrite("d/f" + i + ".txt", "content " + i);
    }

    @Test
    void twelveSmallFilesCostThreeBatchCallsAndTwelveDownloads() {
        try (DriveFixture f = new DriveFixture(dir)) {
            files(f, 12);
            f.fake.stats().reset();
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).isEmpty();
            for (int i = 0; i < 12; i++) assertThat(f.read("d/f" + i + ".txt")).isEqualTo("content " + i);
            // two threads: runs of five, five and two
            assertThat(f.fake.stats().countPath(BATCH)).isEqualTo(3);
            assertThat(f.fake.stats().countPath(BY_ID)).isZero();
            assertThat(f.fake.stats().countPath("/B/...")).isEqualTo(12);
        }
    }

    @Test
    void aRefusedBatchSendsTheRestOfThePassToById() {
        try (DriveFixture f = new DriveFixture(dir)) {
            files(f, 12);
            f.fake.drive().settings().downloadBatchMax(1);
            try {
                f.fake.stats().reset();
                PassReport r = f.sync();
                assertThat(r.outcome().problems()).isEmpty();
                for (int i = 0; i < 12; i++) assertThat(f.read("d/f" + i + ".txt")).isEqualTo("content " + i);
                assertThat(f.fake.stats().countPath(BATCH)).as("at most one refusal per thread").isBetween(1L, 2L);
                assertThat(f.fake.stats().countPath(BY_ID)).isEqualTo(12);
            } finally {
                f.fake.drive().settings().downloadBatchMax(5);
            }
        }
    }

    @Test
    void aPerPassDownloadCapAsksById() {
        try (DriveFixture f = new DriveFixture(dir)) {
            files(f, 6);
            f.options(o -> o.withMaxDownloads(3));
            f.fake.stats().reset();
            f.sync();
            assertThat(f.fake.stats().countPath(BATCH)).isZero();
            assertThat(f.fake.stats().countPath(BY_ID)).isEqualTo(3);
        }
    }
}

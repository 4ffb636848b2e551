package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.testing.DriveFixture;
import dev.orchard.icloud.http.RetryLaterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changes that happen while a pass runs, throttling, expired sessions, and app packages. */
class RacesTest {
    @TempDir
    Path dir;

    @Test
    void aLocalEditDuringADownloadIsNeverOverwritten() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("a.txt", "base");
            f.sync();
            f.remoteWrite("a.txt", "remote edit");
            f.hooks = (step, path) -> {
                if (step == SyncHooks.Step.DOWNLOAD_WRITTEN) f.write("a.txt", "typed meanwhile");
            };
            PassReport r = f.sync();
            assertThat(r.outcome().get(Outcome.Count.DEFERRED)).isEqualTo(1);
            assertThat(f.read("a.txt")).isEqualTo("typed meanwhile");
            f.hooks = SyncHooks.NONE;
            f.sync();
            assertThat(f.localTree()).containsValues("typed meanwhile", "remote edit");
            assertThat(f.localTree()).isEqualTo(f.remoteTree());
        }
    }

    @Test
    void aFileEditedWhileUploadingIsUploadedAgainNextPass() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("a.txt", "first");
            f.hooks = (step, path) -> {
                if (step == SyncHooks.Step.UPLOAD_COMMITTED) f.write("a.txt", "second, longer");
            };
            f.sync();
            f.hooks = SyncHooks.NONE;
            f.sync();
            assertThat(f.remoteRead("a.txt")).isEqualTo("second, longer");
        }
    }

    @Test
    void throttlingEndsThePassAndChangesNothingMore() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("a.txt", "a");
            f.fake.drive().faults().accessDenied(Duration.ofMinutes(10), false, 403);
            try {
                assertThatThrownBy(f::sync).isInstanceOf(RetryLaterException.class).hasMessageContaining("ACCESS_DENIED");
                assertThat(f.store().loadAll()).isEmpty();
            } finally {
                f.fake.drive().faults().clearAccessDenied();
            }
            f.sync();
            assertThat(f.remoteRead("a.txt")).isEqualTo("a");
        }
    }

    @Test
    void anExpiredSessionIsRenewedMidPass() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("a.txt", "a");
            java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
            f.hooks = (step, path) -> {
                if (step == SyncHooks.Step.FOLDER_CREATED && expired.compareAndSet(false, true)) {
                    f.fake.drive().faults().expireSessions(f.session.account);
                }
            };
            f.write("d/b.txt", "b");
            f.sync();
            assertThat(f.session.reauthentications.get()).isPositive();
            assertThat(f.remoteTree()).containsEntry("a.txt", "a").containsEntry("d/b.txt", "b");
        }
    }

    @Test
    void appPackagesAreLeftAloneWithAWarning() {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.remote().createPackage("Talk.key", Map.of("index.xml", "<k/>".getBytes()), Instant.parse("2026-01-01T00:00:00Z"));
            f.remoteWrite("plain.txt", "p");
            PassReport r = f.sync();
            assertThat(r.outcome().problems()).anyMatch(p -> p.contains("Talk.key") && p.contains("package"));
            assertThat(f.localTree()).containsOnlyKeys("plain.txt");
            PassReport again = f.sync();
            assertThat(again.warnings()).anyMatch(w -> w.contains("Talk.key"));
            assertThat(f.remote().item("Talk.key")).isNotNull();
        }
    }
}

package dev.orchard.drive.watch;

import dev.orchard.drive.sync.AbortedException;
import dev.orchard.drive.sync.DriveState;
import dev.orchard.localfiles.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatcherTest {
    @TempDir
    Path dir;

    @Test
    void aPassWaitsUntilEditsHaveSettledForTheQuietPeriod() {
        QuietPeriod q = new QuietPeriod(Duration.ofSeconds(2));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(q.ready(t)).isFalse();
        q.touch(t);
        assertThat(q.ready(t.plusMillis(1999))).isFalse();
        q.touch(t.plusSeconds(1));
        assertThat(q.ready(t.plusSeconds(2))).as("a later edit restarts the wait").isFalse();
        assertThat(q.remaining(t.plusSeconds(2))).isEqualTo(Duration.ofSeconds(1));
        assertThat(q.ready(t.plusSeconds(3))).isTrue();
        q.clear();
        assertThat(q.pending()).isFalse();
    }

    @Test
    void seesEditsInFoldersCreatedAfterItStartedButNotItsOwnTempFiles() throws Exception {
        try (ChangeWatcher w = new ChangeWatcher(dir)) {
            Files.writeString(dir.resolve(".orchard-1234.part"), "temp");
            assertThat(w.await(Duration.ofMillis(200))).isEmpty();
            Files.createDirectories(dir.resolve("new/sub"));
            assertThat(w.await(Duration.ofSeconds(10))).contains("new");
            Files.writeString(dir.resolve("new/sub/file.txt"), "x");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < 50 && !seen.contains("new/sub/file.txt"); i++) seen.addAll(w.await(Duration.ofMillis(200)));
            assertThat(seen).contains("new/sub/file.txt");
        }
    }

    @Test
    void thePassOwnWritesAreNoReasonForAnotherPass() throws Exception {
        try (ChangeWatcher w = new ChangeWatcher(dir)) {
            QuietPeriod quiet = new QuietPeriod(Duration.ofSeconds(2));
            WatchLoop loop = new WatchLoop(w, quiet, Duration.ofMinutes(5), java.time.Clock.systemUTC(),
                    new java.util.concurrent.atomic.AtomicBoolean());
            Files.writeString(dir.resolve("downloaded.txt"), "by Orchard");
            loop.ignoreEcho(java.util.Set.of("downloaded.txt"));
            assertThat(quiet.pending()).isFalse();
            Files.writeString(dir.resolve("typed.txt"), "by a person");
            loop.ignoreEcho(java.util.Set.of("downloaded.txt"));
            assertThat(quiet.pending()).isTrue();
        }
    }

    @Test
    void oneProcessPerFolder() {
        DriveState state = new DriveState(dir.resolve("state"));
        try (FolderLock held = state.lock(dir)) {
            assertThatThrownBy(() -> state.lock(dir)).isInstanceOf(AbortedException.class)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
        }
        state.lock(dir).close();
    }
}

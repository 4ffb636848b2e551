package dev.orchard.drive.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Drive job of 'orchard run' passes as soon as a local change has settled, as 'drive sync --watch' does. */
class LocalChangesTest {
    @TempDir
    Path dir;

    @Test
    void aLocalEditAsksForAPassAndWaitsWhileOneRuns() throws Exception {
        CountDownLatch asked = new CountDownLatch(2);
        AtomicInteger answers = new AtomicInteger();
        // The first ask finds a pass running (false); the change stays pending and is asked for again.
        try (LocalChanges changes = new LocalChanges(dir, Duration.ZERO, Clock.systemUTC(), () -> {
            asked.countDown();
            return answers.incrementAndGet() > 1;
        })) {
            Files.writeString(dir.resolve("note.txt"), "hello");
            assertThat(asked.await(30, TimeUnit.SECONDS)).as("a pass was asked for, then asked for again").isTrue();
        }
    }
}

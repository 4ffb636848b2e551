package dev.orchard.drive.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Watching for the daemon's Drive job ({@code orchard run}): local changes, once they have settled for the quiet period,
 * ask for a pass ({@code runSoon} says whether one was started). Paths the last pass wrote itself are not changes; a
 * change seen while a pass runs waits for it. {@link DriveWatch} is the same for {@code drive sync --watch}, which
 * runs the passes itself.
 */
public final class LocalChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalChanges.class);
    private static final Duration IDLE = Duration.ofMinutes(1);

    private final ChangeWatcher watcher;
    private final QuietPeriod quiet;
    private final Clock clock;
    private final BooleanSupplier runSoon;
    private final Set<String> pending = new HashSet<>();
    private final Thread thread;
    private volatile boolean closed;

    public LocalChanges(Path folder, Duration quietPeriod, Clock clock, BooleanSupplier runSoon) {
        this.watcher = new ChangeWatcher(folder);
        this.quiet = new QuietPeriod(quietPeriod);
        this.clock = clock;
        this.runSoon = runSoon;
        this.thread = Thread.ofPlatform().name("drive-watch").daemon().start(this::loop);
    }

    /** After a pass: what it wrote locally is not a change to upload. */
    public synchronized void written(Set<String> paths) {
        pending.removeAll(paths);
        if (pending.isEmpty()) quiet.clear();
    }

    private void loop() {
        try {
            while (!closed) {
                watcher.ensureWatching();
                Duration left = quiet.remaining(clock.instant());
                Set<String> changed = watcher.await(left == null || left.compareTo(IDLE) > 0 ? IDLE : left);
                step(changed, clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) LOG.warn("drive: stopped watching local changes ({}); the scheduled passes go on", e.getMessage());
        }
    }

    private synchronized void step(Set<String> changed, Instant now) {
        if (!changed.isEmpty()) {
            pending.addAll(changed);
            quiet.touch(now);
        }
        if (pending.isEmpty() || !quiet.ready(now)) return;
        if (runSoon.getAsBoolean()) {
            pending.clear();
            quiet.clear();
        } else {
            quiet.touch(now);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        watcher.close();
    }
}

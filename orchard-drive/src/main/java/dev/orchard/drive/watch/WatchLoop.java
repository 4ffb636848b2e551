package dev.orchard.drive.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@code orchard drive sync --watch}: a pass at start, then one whenever local edits have settled for the
 * quiet period, and at least every interval for changes made in iCloud. A failed pass waits longer each
 * time (doubling up to 12 intervals, as iCloud-Sync-Linux did) or until the time iCloud asked for.
 */
public final class WatchLoop {
    /** Runs one pass. */
    public interface Pass {
        Result run();
    }

    /**
     * What a pass says about the next: the earliest time for it (null: the normal schedule), and the local paths
     * it wrote itself, whose file-system events are its own echo and trigger nothing.
     */
    public record Result(Instant notBefore, java.util.Set<String> written) {
    }

    /** How long events of a finished pass may still trickle in from the kernel. */
    private static final Duration ECHO_WINDOW = Duration.ofMillis(200);

    private final ChangeWatcher watcher;
    private final QuietPeriod quiet;
    private final Duration interval;
    private final Clock clock;
    private final AtomicBoolean stop;

    public WatchLoop(ChangeWatcher watcher, QuietPeriod quiet, Duration interval, Clock clock, AtomicBoolean stop) {
        this.watcher = watcher;
        this.quiet = quiet;
        this.interval = interval;
        this.clock = clock;
        this.stop = stop;
    }

    public void run(Pass pass, Supplier<Boolean> failed) throws InterruptedException {
        int failures = 0;
        while (!stop.get()) {
            quiet.clear();
            Result result = pass.run();
            watcher.ensureWatching();
            Instant asked = result.notBefore();
            ignoreEcho(result.written());
            failures = failed.get() ? failures + 1 : 0;
            Duration wait = failures == 0 ? interval : interval.multipliedBy(Math.min(12, 1L << Math.min(failures, 4)));
            Instant next = clock.instant().plus(wait);
            if (asked != null && asked.isAfter(next)) next = asked;
            waitForNextPass(next, failures == 0);
        }
    }

    /** Takes in the events the pass caused; only others (a person editing meanwhile) start the quiet period. */
    void ignoreEcho(java.util.Set<String> written) throws InterruptedException {
        while (true) {
            java.util.Set<String> changed = watcher.await(ECHO_WINDOW);
            if (changed.isEmpty()) return;
            changed.removeAll(written);
            if (!changed.isEmpty()) quiet.touch(clock.instant());
        }
    }

    /** Waits until {@code next}, or until local edits have settled (only when the last pass went well). */
    void waitForNextPass(Instant next, boolean localEditsMayTrigger) throws InterruptedException {
        while (!stop.get()) {
            Instant now = clock.instant();
            if (!now.isBefore(next)) return;
            if (localEditsMayTrigger && quiet.ready(now)) return;
            Duration until = Duration.between(now, next);
            Duration settle = quiet.remaining(now);
            Duration step = settle != null && settle.compareTo(until) < 0 ? settle : until;
            if (step.compareTo(Duration.ofSeconds(1)) > 0) step = Duration.ofSeconds(1);
            if (!watcher.await(step).isEmpty()) quiet.touch(clock.instant());
        }
    }
}

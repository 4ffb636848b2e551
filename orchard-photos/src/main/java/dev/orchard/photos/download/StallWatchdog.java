package dev.orchard.photos.download;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Closes downloads whose body has sent nothing for {@code timeout}: the JDK client has no read timeout for a
 * streamed body, and a stalled connection would otherwise hold a download thread forever. The read then
 * fails and the download resumes with Range like after any network error.
 */
public final class StallWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StallWatchdog.class);

    private final long timeoutNanos;
    private final LongSupplier clock;
    private final Map<Watch, Boolean> active = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    /** A watchdog that checks on its own every few seconds. */
    public static StallWatchdog start(Duration timeout) {
        return new StallWatchdog(timeout, System::nanoTime, true);
    }

    /** A watchdog driven by {@link #check()} and {@code clock} (nanoseconds), for tests. */
    static StallWatchdog manual(Duration timeout, LongSupplier clock) {
        return new StallWatchdog(timeout, clock, false);
    }

    private StallWatchdog(Duration timeout, LongSupplier clock, boolean scheduled) {
        this.timeoutNanos = timeout.toNanos();
        this.clock = clock;
        if (scheduled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "photos-stall-watchdog");
                t.setDaemon(true);
                return t;
            });
            long every = Math.max(1, timeout.toSeconds() / 4);
            timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    /** Starts watching a body; call {@link Watch#progress()} as bytes arrive and close the watch when done. */
    public Watch watch(Closeable body, String what) {
        Watch w = new Watch(body, what);
        active.put(w, Boolean.TRUE);
        return w;
    }

    void check() {
        long now = clock.getAsLong();
        for (Watch w : active.keySet()) {
            if (now - w.last.get() > timeoutNanos) {
                LOG.info("{}: nothing received for {} s; dropping the connection to resume", w.what, timeoutNanos / 1_000_000_000L);
                active.remove(w);
                try {
                    w.body.close();
                } catch (IOException ignored) {
                    // closing is all we wanted
                }
            }
        }
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }

    /** One watched body. */
    public final class Watch implements AutoCloseable {
        private final Closeable body;
        private final String what;
        private final AtomicLong last = new AtomicLong(clock.getAsLong());

        private Watch(Closeable body, String what) {
            this.body = body;
            this.what = what;
        }

        public void progress() {
            last.set(clock.getAsLong());
        }

        @Override
        public void close() {
            active.remove(this);
        }
    }
}

package dev.orchard.photos.download;

import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Runs {@code threads} downloads at once from a bounded queue (how many of them may be on the network at once
 * is the fetcher's {@link AdaptiveLimit}): the planner blocks when it is far enough
 * ahead, so memory does not grow with the library. Outcomes go to the handler on the worker threads. An
 * unexpected failure (or a test's simulated crash) stops everything and is rethrown to the caller.
 */
public final class Downloader {
    private static final DownloadItem POISON = new DownloadItem("", "", "",
            new Resource(ResourceRole.ORIGINAL, "", 0, null, null), "", 0);
    private final BlockingQueue<DownloadItem> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final FileFetcher fetcher;
    private final Handler handler;
    private final LongConsumer bytes;
    private final BooleanSupplier cancelled;
    private final FailureBreaker breaker;

    /** Told how each download ended. */
    public interface Handler {
        void done(DownloadItem item, FileFetcher.Outcome outcome);

        void failed(DownloadItem item, DownloadException error);
    }

    public Downloader(int threads, FileFetcher fetcher, Handler handler, LongConsumer bytes) {
        this(threads, fetcher, handler, bytes, () -> false);
    }

    /** Once {@code cancelled} says so, queued downloads are skipped (left pending); those in flight finish. */
    public Downloader(int threads, FileFetcher fetcher, Handler handler, LongConsumer bytes, BooleanSupplier cancelled) {
        this(threads, fetcher, handler, bytes, cancelled, new FailureBreaker(FailureBreaker.DEFAULT_RUN));
    }

    /**
     * As above; once {@code breaker} trips, the queue is dropped and {@link #submit}/{@link #finish} throw its
     * {@link DownloadsFailingException} (after {@link #awaitWorkers} the handler has heard of every file in flight).
     */
    public Downloader(int threads, FileFetcher fetcher, Handler handler, LongConsumer bytes, BooleanSupplier cancelled,
                      FailureBreaker breaker) {
        this(DownloadQueue.forThreads(threads), threads, fetcher, handler, bytes, cancelled, breaker);
    }

    /** As above, taking from {@code queue} (which the fetcher's {@link UrlRefresher} may look into). */
    public Downloader(DownloadQueue queue, int threads, FileFetcher fetcher, Handler handler, LongConsumer bytes,
                      BooleanSupplier cancelled) {
        this(queue, threads, fetcher, handler, bytes, cancelled, new FailureBreaker(FailureBreaker.DEFAULT_RUN));
    }

    private Downloader(DownloadQueue queue, int threads, FileFetcher fetcher, Handler handler, LongConsumer bytes,
                       BooleanSupplier cancelled, FailureBreaker breaker) {
        this.cancelled = cancelled;
        this.breaker = breaker;
        if (threads < 1) throw new IllegalArgumentException("download threads must be >= 1, got " + threads);
        this.queue = queue.items;
        this.fetcher = fetcher;
        this.handler = handler;
        this.bytes = bytes;
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "photos-download-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
        }
    }

    public void start() {
        workers.forEach(Thread::start);
    }

    /** Queues one download; blocks while the queue is full. */
    public void submit(DownloadItem item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) rethrowFatal();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing downloads", e);
        }
        rethrowFatal();
    }

    /** Waits for every queued download to end. */
    public void finish() {
        for (int i = 0; i < workers.size(); i++) {
            while (true) {
                rethrowFatal();
                try {
                    if (queue.offer(POISON, 100, TimeUnit.MILLISECONDS)) break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for downloads", e);
                }
            }
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for downloads", e);
            }
        }
        rethrowFatal();
    }

    private void work() {
        try {
            while (fatal.get() == null) {
                DownloadItem item = queue.poll(100, TimeUnit.MILLISECONDS);
                if (item == null) continue;
                if (item == POISON) return;
                if (cancelled.getAsBoolean()) continue;
                try {
                    handler.done(item, fetcher.fetch(item, bytes));
                    breaker.succeeded();
                } catch (DownloadException e) {
                    handler.failed(item, e);
                    DownloadsFailingException stop = breaker.failed(e);
                    if (stop != null && fatal.compareAndSet(null, stop)) queue.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
            queue.clear();
        }
    }

    /** Waits for the workers to end after a failure stopped them, without rethrowing it. */
    public void awaitWorkers() {
        queue.clear();
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void rethrowFatal() {
        Throwable t = fatal.get();
        if (t == null) return;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error er) throw er;
        throw new IllegalStateException(t);
    }
}

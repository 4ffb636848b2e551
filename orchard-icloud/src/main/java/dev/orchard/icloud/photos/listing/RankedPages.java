package dev.orchard.icloud.photos.listing;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Reads an index page by page by {@code startRank} (docs/protocol/photos.md §3): the pages the expected count calls for
 * are fetched in parallel (at most {@code parallelism} at once, and never far ahead of the consumer so memory
 * stays bounded), handed to the sink one at a time on the caller's thread, then, if fewer items turned up
 * than expected, further pages are probed until several in a row come back empty (a run of deleted entries
 * can empty a page in mid-list).
 */
final class RankedPages {
    /** What the pager needs to know of a page: whether it held anything. */
    interface Page {
        boolean isEmpty();
    }

    static final int EMPTY_PAGES_TO_STOP = 3;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Fetches (and parses, on the fetching thread) the page at a rank. */
    interface Fetcher<P> {
        P fetch(long startRank);
    }

    interface Sink<P> {
        void accept(P page);
    }

    private RankedPages() {
    }

    /** @return how many pages were fetched */
    static <P extends Page> int run(int pageItems, long expected, int parallelism, Fetcher<P> fetcher, Sink<P> sink,
                                    LongSupplier itemsSoFar) {
        int planned = (int) Math.max(0, (expected + pageItems - 1) / pageItems);
        int fetched = 0;
        if (planned > 0) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, planned)), r -> {
                Thread t = new Thread(r, "photos-listing-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                CompletionService<P> done = new ExecutorCompletionService<>(pool);
                // One page more than the threads: they stay busy while the consumer stores a page, and no more
                // than that waits parsed in memory (each is about a megabyte of records and URLs).
                int window = parallelism + 1;
                int submitted = 0;
                while (submitted < planned && submitted < window) {
                    long rank = (long) submitted++ * pageItems;
                    done.submit(() -> fetcher.fetch(rank));
                }
                for (int received = 0; received < planned; received++) {
                    P page = take(done);
                    fetched++;
                    if (submitted < planned) {
                        long rank = (long) submitted++ * pageItems;
                        done.submit(() -> fetcher.fetch(rank));
                    }
                    sink.accept(page);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        long rank = (long) planned * pageItems;
        int emptyInARow = 0;
        boolean probe = planned == 0;
        while (probe || itemsSoFar.getAsLong() < expected) {
            P page = fetcher.fetch(rank);
            fetched++;
            sink.accept(page);
            if (page.isEmpty()) {
                probe = false;
                if (++emptyInARow >= EMPTY_PAGES_TO_STOP) break;
            } else {
                emptyInARow = 0;
                probe = planned == 0;
            }
            rank += pageItems;
        }
        return fetched;
    }

    private static <P> P take(CompletionService<P> done) {
        try {
            Future<P> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }
}

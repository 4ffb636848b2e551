package dev.orchard.photos.download;

import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.http.StreamingResponse;

/**
 * How many downloads run at once: between 1 and a ceiling ({@code --photos-threads}), adapting to how iCloud
 * answers. Downloads of small files are bound by the round trip, not the link, so more of them in flight is
 * faster until something pushes back. It starts at {@link #START} (or the ceiling, if lower) and grows by one
 * per quick answer (doubling per round trip) until the first sign of trouble, then by one per round trip
 * (a round being as many answers as the limit). Trouble is an answer of 429 or 5xx, or a network failure:
 * the limit halves, at most once per round, so that one burst of refusals does not collapse it. A round
 * whose answers mostly came slowly (time to the first byte over twice the quickest seen, plus
 * {@link #SLACK_NANOS}: requests are queueing somewhere, at iCloud or on this machine) takes one off.
 * A slot is held while bytes come over the network only, not while a finished file is checked and fsynced,
 * so a slow disk does not leave the link idle.
 */
public final class AdaptiveLimit {
    static final int START = 8;
    static final long SLACK_NANOS = 25_000_000L;
    private final int ceiling;
    private final boolean adaptive;
    private int limit;
    private int inFlight;
    private boolean growingFast = true;
    private long quickest = Long.MAX_VALUE;
    private int answersThisRound;
    private int slowThisRound;
    private int cutHoldoff;

    private AdaptiveLimit(int start, int ceiling, boolean adaptive) {
        if (ceiling < 1) throw new IllegalArgumentException("download threads must be >= 1, got " + ceiling);
        this.ceiling = ceiling;
        this.limit = Math.min(start, ceiling);
        this.adaptive = adaptive;
    }

    /** Adapts between 1 and {@code ceiling}. */
    public static AdaptiveLimit upTo(int ceiling) {
        return new AdaptiveLimit(START, ceiling, true);
    }

    /** Always {@code n} (tests that need a known number of downloads at once). */
    public static AdaptiveLimit fixed(int n) {
        return new AdaptiveLimit(n, n, false);
    }

    /** No limit of its own (whoever runs the downloads decides how many at once). */
    public static AdaptiveLimit none() {
        return fixed(Integer.MAX_VALUE);
    }

    public int ceiling() {
        return ceiling;
    }

    public synchronized int current() {
        return limit;
    }

    /** Waits for a free slot; give it back with {@link #release}. */
    public synchronized void acquire() throws InterruptedException {
        while (inFlight >= limit) wait();
        inFlight++;
    }

    public synchronized void release() {
        inFlight--;
        notify();
    }

    /** A download answered with its file after {@code nanos} to the first byte. */
    public synchronized void answered(long nanos) {
        if (!adaptive) return;
        quickest = Math.min(quickest, nanos);
        boolean slow = nanos > 2 * quickest + SLACK_NANOS;
        if (cutHoldoff > 0) cutHoldoff--;
        if (growingFast) {
            if (slow) growingFast = false;
            else grow();
        }
        answersThisRound++;
        if (slow) slowThisRound++;
        if (answersThisRound >= limit) {
            if (!growingFast) {
                if (slowThisRound * 2 > answersThisRound) shrinkTo(limit - 1);
                else if (slowThisRound == 0) grow();
            }
            answersThisRound = 0;
            slowThisRound = 0;
        }
    }

    /** iCloud refused (429, 5xx) or the network failed. */
    public synchronized void pushedBack() {
        if (!adaptive) return;
        growingFast = false;
        if (cutHoldoff > 0) return;
        shrinkTo(limit / 2);
        cutHoldoff = limit;
        answersThisRound = 0;
        slowThisRound = 0;
    }

    private void grow() {
        if (limit < ceiling) {
            limit++;
            notify();
        }
    }

    private void shrinkTo(int n) {
        limit = Math.max(1, n);
    }

    /** {@code cdn} telling this limit how each request went. */
    public CdnClient watching(CdnClient cdn) {
        if (!adaptive) return cdn;
        return (url, from) -> {
            long start = System.nanoTime();
            StreamingResponse r;
            try {
                r = cdn.get(url, from);
            } catch (ICloudException e) {
                pushedBack();
                throw e;
            }
            int status = r.status();
            if (status == 429 || status >= 500) pushedBack();
            else if (status == 200 || status == 206) answered(System.nanoTime() - start);
            return r;
        };
    }
}

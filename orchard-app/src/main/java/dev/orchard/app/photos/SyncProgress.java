package dev.orchard.app.photos;

import dev.orchard.photos.report.SyncListener;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a sync on the terminal: one line redrawn in place (assets listed; files and bytes downloaded,
 * speed, ETA), or, when the output is not a terminal, a plain line per step and every few seconds.
 */
public final class SyncProgress implements SyncListener {
    private static final long TERMINAL_EVERY = 200_000_000L;
    private static final long PLAIN_EVERY = 10_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile long plannedFiles;
    private volatile long plannedBytes;
    private volatile long downloadStarted;
    private long lastDraw;
    private int drawnWidth;
    /** The newest count line not drawn yet (held back by the redraw interval): drawn before the next step. */
    private String pending;

    public SyncProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void phase(String description) {
        drawPending();
        if (downloadStarted != 0) {
            drawDownloads(true);
            downloadStarted = 0;
        }
        if (terminal && drawnWidth > 0) out.println();
        drawnWidth = 0;
        out.println(capitalise(description) + "...");
        out.flush();
        if (description.startsWith("downloading")) {
            downloadStarted = System.nanoTime();
            lastDraw = downloadStarted;
        }
    }

    @Override
    public void listed(String zone, long listed, long expected) {
        count("  " + zone + ": " + Units.count(listed) + (expected > 0 ? " of " + Units.count(expected) : "") + " assets listed",
                expected > 0 && listed >= expected);
    }

    /** {@code orchard photos verify}: files checked of the library's files. */
    public void checked(long done, long total) {
        count("  " + Units.count(done) + " of " + Units.count(total) + " files checked", done >= total);
    }

    private synchronized void count(String line, boolean last) {
        pending = line;
        draw(line, last);
    }

    private void drawPending() {
        if (pending != null) draw(pending, true);
    }

    /** A progress line of another step (adopt's reading), redrawn like the listing's. */
    public void status(String line) {
        draw("  " + line, false);
    }

    @Override
    public void planned(long files, long bytes) {
        plannedFiles = files;
        plannedBytes = bytes;
    }

    @Override
    public void bytes(long count) {
        bytes.addAndGet(count);
        drawDownloads(false);
    }

    @Override
    public void fileDone(String path) {
        files.incrementAndGet();
        drawDownloads(false);
    }

    @Override
    public synchronized void warning(String message) {
        clearLine();
        out.println("  warning: " + message);
        out.flush();
    }

    /** Ends the progress line before the summary. */
    public synchronized void finish() {
        drawPending();
        if (downloadStarted != 0) drawDownloads(true);
        if (terminal && drawnWidth > 0) out.println();
        drawnWidth = 0;
        out.flush();
    }

    private void drawDownloads(boolean force) {
        long b = bytes.get();
        long f = files.get();
        double seconds = Math.max(0.001, (System.nanoTime() - (downloadStarted == 0 ? started : downloadStarted)) / 1e9);
        double rate = b / seconds;
        StringBuilder s = new StringBuilder("  ").append(Units.count(f));
        if (plannedFiles > 0) s.append(" of ").append(Units.count(plannedFiles));
        s.append(" files, ").append(Units.bytes(b));
        if (plannedBytes > 0) s.append(" of ").append(Units.bytes(plannedBytes));
        s.append(", ").append(Units.bytes((long) rate)).append("/s");
        if (plannedBytes > b && rate > 0) s.append(", ETA ").append(Units.duration((long) ((plannedBytes - b) / rate)));
        draw(s.toString(), force);
    }

    private synchronized void draw(String line, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) return;
        lastDraw = now;
        if (line.equals(pending)) pending = null;
        if (terminal) {
            String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
            out.print("\r" + padded);
            drawnWidth = line.length();
        } else {
            out.println(line.strip());
        }
        out.flush();
    }

    private void clearLine() {
        if (terminal && drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package dev.orchard.fake.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/** Paces writes to a byte rate, emulating a slow link. */
public final class ThrottledOutputStream extends FilterOutputStream {
    private static final int CHUNK = 16 * 1024;
    private final long bytesPerSecond;
    private final long start = System.nanoTime();
    private long written;

    public ThrottledOutputStream(OutputStream out, long bytesPerSecond) {
        super(out);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, CHUNK);
            pace(n);
            out.write(b, off, n);
            written += n;
            off += n;
            len -= n;
        }
    }

    private void pace(int next) throws IOException {
        long dueNanos = (long) ((written + next) * 1e9 / bytesPerSecond);
        long waitNanos = dueNanos - (System.nanoTime() - start);
        if (waitNanos <= 0) return;
        out.flush();
        try {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while pacing");
        }
    }
}

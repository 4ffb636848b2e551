package dev.orchard.fake.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes through the first {@code limit} bytes, then fails: the transport turns this into a truncated body. */
final class CuttingOutputStream extends FilterOutputStream {
    static final class Cut extends IOException {
        Cut() {
            super("body truncated by fault injection");
        }
    }

    private long left;

    CuttingOutputStream(OutputStream out, long limit) {
        super(out);
        this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int n = (int) Math.min(len, left);
        if (n > 0) {
            out.write(b, off, n);
            left -= n;
        }
        if (n < len) {
            out.flush();
            throw new Cut();
        }
    }
}

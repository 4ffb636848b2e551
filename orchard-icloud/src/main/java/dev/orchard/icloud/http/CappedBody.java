package dev.orchard.icloud.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a response body into memory, but never more than {@code cap} bytes: an announced Content-Length over the
 * cap is refused before a byte is read, and a body that grows past it is cut off there. Either way the read ends
 * with {@link TooLarge}, so a hostile or broken server cannot exhaust the heap.
 */
final class CappedBody {
    private CappedBody() {
    }

    /** Reads {@code in} to its end; {@code announced} is the Content-Length, or -1. */
    static byte[] read(InputStream in, long announced, long cap) throws IOException {
        if (announced > cap) throw new TooLarge(announced, true);
        // A length known up front is read straight into an array of that size: no second copy of a large answer.
        if (announced >= 0) {
            byte[] body = new byte[(int) announced];
            int n = in.readNBytes(body, 0, body.length);
            return n == body.length ? body : Arrays.copyOf(body, n);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[16 * 1024];
        long received = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            received += n;
            if (received > cap) throw new TooLarge(received, false);
            bytes.write(buf, 0, n);
        }
        return bytes.toByteArray();
    }

    /** The body was over the cap; {@code size} is what the server announced, or what arrived before the cut. */
    static final class TooLarge extends IOException {
        final long size;
        final boolean announced;

        TooLarge(long size, boolean announced) {
            super("response body over the size limit");
            this.size = size;
            this.announced = announced;
        }
    }
}

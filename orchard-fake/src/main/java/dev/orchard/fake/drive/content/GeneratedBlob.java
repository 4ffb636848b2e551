package dev.orchard.fake.drive.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * Reproducible content computed from a seed instead of stored: lines of printable text, so generated trees
 * of any size cost neither heap nor disk. Digests are computed on first use.
 */
final class GeneratedBlob implements Blob {
    // 64 symbols, so one random long yields ten of them.
    private static final byte[] ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int LINE = 72;

    private final long seed;
    private final long size;
    private volatile ContentDigests.Result digests;

    GeneratedBlob(long seed, long size) {
        this.seed = seed;
        this.size = size;
    }

    @Override public long size() { return size; }

    @Override
    public InputStream open() {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long position;
            private long bits;
            private int symbolsLeft;

            @Override
            public int read() {
                if (position >= size) return -1;
                return next();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) return -1;
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) b[off + i] = (byte) next();
                return n;
            }

            private int next() {
                long p = position++;
                if (p % LINE == LINE - 1) return '\n';
                if (symbolsLeft == 0) {
                    bits = random.nextLong();
                    symbolsLeft = 10;
                }
                int symbol = (int) (bits & 63);
                bits >>>= 6;
                symbolsLeft--;
                return ALPHABET[symbol];
            }
        };
    }

    @Override public String sha256() { return digests().sha256(); }
    @Override public byte[] fileChecksum() { return digests().fileChecksum().clone(); }

    private ContentDigests.Result digests() {
        ContentDigests.Result d = digests;
        if (d == null) {
            ContentDigests running = new ContentDigests();
            byte[] buffer = new byte[8192];
            try (InputStream in = open()) {
                int n;
                while ((n = in.read(buffer)) > 0) running.update(buffer, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            d = running.finish();
            digests = d;
        }
        return d;
    }
}

package dev.orchard.fake.photos.content;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * File content made of literal pieces and seeded noise, produced on demand so that no file is ever held
 * whole in memory; any byte range can be written without producing what comes before it.
 */
public final class Blob {
    /** One stretch of the file: literal bytes, or {@code length} bytes of noise drawn from {@code seed}. */
    public record Piece(byte[] literal, long seed, long length) {
        public static Piece of(byte[] bytes) {
            return new Piece(bytes, 0, bytes.length);
        }

        public static Piece noise(long seed, long length) {
            return new Piece(null, seed, length);
        }
    }

    private static final int BUFFER = 64 * 1024;
    private static final java.lang.invoke.VarHandle LONG_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private final List<Piece> pieces;
    private final long length;

    public Blob(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        long n = 0;
        for (Piece p : pieces) n += p.length();
        this.length = n;
    }

    public long length() {
        return length;
    }

    /** Writes bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public void write(OutputStream out, long from, long to) throws IOException {
        if (from < 0 || to > length || from > to) {
            throw new IllegalArgumentException("range " + from + "-" + to + " outside 0-" + length);
        }
        byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(8, to - from)) + 16];
        long pieceStart = 0;
        for (Piece p : pieces) {
            long pieceEnd = pieceStart + p.length();
            long a = Math.max(from, pieceStart);
            long b = Math.min(to, pieceEnd);
            if (a < b) {
                if (p.literal() != null) {
                    out.write(p.literal(), (int) (a - pieceStart), (int) (b - a));
                } else {
                    writeNoise(out, p.seed(), a - pieceStart, b - pieceStart, buf);
                }
            }
            pieceStart = pieceEnd;
            if (pieceStart >= to) break;
        }
    }

    /** Noise byte i is byte (i % 8), little-endian, of mix(seed + (i / 8) * golden): any offset can be computed directly. */
    private static void writeNoise(OutputStream out, long seed, long from, long to, byte[] buf) throws IOException {
        long pos = from;
        while (pos < to) {
            int n = (int) Math.min(buf.length - 16, to - pos);
            long block = pos >>> 3;
            int skip = (int) (pos & 7);
            int filled = 0;
            for (; filled < skip + n; filled += 8, block++) {
                LONG_LE.set(buf, filled, mix(seed + block * 0x9E3779B97F4A7C15L));
            }
            out.write(buf, skip, n);
            pos += n;
        }
    }

    /** SplitMix64's finaliser: a good 64-bit mixer. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

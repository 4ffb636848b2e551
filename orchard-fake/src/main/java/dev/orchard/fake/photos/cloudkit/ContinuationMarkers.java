package dev.orchard.fake.photos.cloudkit;

import dev.orchard.fake.photos.content.Blob;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque query continuation markers: the next rank of the same query, bound to the query's shape. */
final class ContinuationMarkers {
    private static final int LENGTH = 14;

    record Position(long rank, boolean descending) {
    }

    private ContinuationMarkers() {
    }

    static String encode(String queryShape, long nextRank, boolean descending) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put((byte) 0x0A).put((byte) (descending ? 1 : 0)).putLong(nextRank).putInt(hash(queryShape));
        return Base64.getEncoder().encodeToString(b.array());
    }

    static Position decode(String marker, String queryShape) {
        try {
            byte[] raw = Base64.getDecoder().decode(marker);
            ByteBuffer b = ByteBuffer.wrap(raw);
            if (raw.length == LENGTH && b.get() == 0x0A) {
                boolean descending = b.get() == 1;
                long rank = b.getLong();
                if (b.getInt() == hash(queryShape) && rank >= 0) return new Position(rank, descending);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw CkError.badRequest("Invalid continuation marker");
    }

    private static int hash(String s) {
        long h = 7;
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) h = Blob.mix(h ^ c);
        return (int) h;
    }
}

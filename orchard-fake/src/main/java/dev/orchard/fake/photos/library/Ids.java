package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.Blob;

import java.util.Locale;
import java.util.UUID;

/** Deterministic record names: upper-case version-4-shaped UUIDs derived from a seed. */
public final class Ids {
    private Ids() {
    }

    public static String uuid(long seed) {
        long hi = Blob.mix(seed ^ 0x1D5L);
        long lo = Blob.mix(hi ^ seed);
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString().toUpperCase(Locale.ROOT);
    }
}

package dev.orchard.fake.photos.content;

import java.util.Base64;

/**
 * A CloudKit {@code fileChecksum}: the byte 0x01 followed by a 20-byte SHA-1 (docs/protocol/photos.md §5), held as
 * three numbers so that hundreds of thousands of them stay small.
 */
public record Checksum(long hi, long mid, int lo) {
    public static final int LENGTH = 21;
    private static final byte PREFIX = 0x01;

    public static Checksum ofDigest(byte[] sha1) {
        if (sha1.length != 20) throw new IllegalArgumentException("a SHA-1 digest has 20 bytes, got " + sha1.length);
        return new Checksum(readLong(sha1, 0), readLong(sha1, 8), (int) (readLong(sha1, 12) & 0xffffffffL));
    }

    /** Parses 21 bytes starting with 0x01; null for anything else. */
    public static Checksum ofBytes(byte[] b) {
        if (b == null || b.length != LENGTH || b[0] != PREFIX) return null;
        byte[] sha = new byte[20];
        System.arraycopy(b, 1, sha, 0, 20);
        return ofDigest(sha);
    }

    /** Parses standard or URL-safe base64; null when it is not a 0x01 checksum. */
    public static Checksum parse(String text) {
        if (text == null || text.length() != 28) return null;
        try {
            return ofBytes(Base64.getDecoder().decode(text.replace('-', '+').replace('_', '/')));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public byte[] bytes() {
        byte[] b = new byte[LENGTH];
        b[0] = PREFIX;
        writeLong(b, 1, hi);
        writeLong(b, 9, mid);
        for (int i = 0; i < 4; i++) b[17 + i] = (byte) (lo >>> (24 - 8 * i));
        return b;
    }

    /** Standard base64, 28 characters, as in {@code fileChecksum} and a master's recordName. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes());
    }

    /** URL-safe base64 as in download URLs and icloud-photos-sync file names (21 bytes: never padded). */
    public String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
    }

    private static long readLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xffL);
        return v;
    }

    private static void writeLong(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) b[off + i] = (byte) (v >>> (56 - 8 * i));
    }

    @Override
    public String toString() {
        return base64();
    }
}

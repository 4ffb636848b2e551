package dev.orchard.icloud.sharedstreams;

/**
 * One file the service offers for an item. {@code fileChecksum} is Apple's salted SHA-1 (docs/protocol/photos.md §5) when
 * the signed-in service gives one, null when only an opaque token is known (public links). {@code url} may be
 * null until asked for (public links hand URLs out separately).
 */
public record Rendition(long size, String fileChecksum, String uti, int width, int height, String url) {
    public boolean verifiable() {
        return fileChecksum != null;
    }

    public Rendition withUrl(String u) {
        return new Rendition(size, fileChecksum, uti, width, height, u);
    }

    /** True when this rendition beats {@code other} as "the largest offered": more bytes, then more pixels. */
    public boolean largerThan(Rendition other) {
        if (other == null) return true;
        if (size != other.size) return size > other.size;
        return (long) width * height > (long) other.width * other.height;
    }
}

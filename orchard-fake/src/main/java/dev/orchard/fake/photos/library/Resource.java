package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.Checksum;
import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.content.FileChecksums;
import dev.orchard.fake.photos.content.SyntheticContent;

/**
 * One downloadable file (an original, a Live Photo video, an edit, a derivative). Only the recipe is kept;
 * the bytes are rebuilt from it on every download. The checksum is computed once, when it is created.
 */
public final class Resource {
    private final ContentFormat format;
    private final long size;
    private final long seed;
    private final int width;
    private final int height;
    private final Checksum checksum;

    private Resource(ContentFormat format, long size, long seed, int width, int height, Checksum checksum) {
        this.format = format;
        this.size = size;
        this.seed = seed;
        this.width = width;
        this.height = height;
        this.checksum = checksum;
    }

    /** Builds the recipe's bytes once to learn their size and checksum. */
    public static Resource create(ContentFormat format, long targetSize, long seed, int width, int height) {
        Blob blob = SyntheticContent.blob(format, targetSize, seed, width, height);
        return new Resource(format, blob.length(), seed, width, height, FileChecksums.of(blob));
    }

    public Blob blob() {
        return SyntheticContent.blob(format, size, seed, width, height);
    }

    public ContentFormat format() { return format; }
    public long size() { return size; }
    public long seed() { return seed; }
    public int width() { return width; }
    public int height() { return height; }
    public Checksum checksum() { return checksum; }
}

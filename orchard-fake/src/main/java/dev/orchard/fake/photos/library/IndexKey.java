package dev.orchard.fake.photos.library;

/**
 * One ordered index of a zone: which assets, in which order (rank 0 first). {@code param} is the smart album
 * name or the album recordName where the kind needs one.
 */
public record IndexKey(Kind kind, String param) {
    public enum Kind {
        /** All Photos: neither hidden nor in Recently Deleted, newest assetDate first. */
        ALL,
        /** The same assets, newest addedDate first. */
        ADDED,
        HIDDEN,
        /** Recently Deleted, latest dateExpunged first. */
        DELETED,
        BURSTS,
        SMART,
        /** Members of one album, newest assetDate first. */
        ALBUM_BY_DATE,
        /** Members of one album in their manual order. */
        ALBUM_BY_POSITION
    }

    public static IndexKey of(Kind kind) {
        return new IndexKey(kind, null);
    }

    public boolean album() {
        return kind == Kind.ALBUM_BY_DATE || kind == Kind.ALBUM_BY_POSITION;
    }
}

package dev.orchard.icloud.photos.listing;

import java.util.List;

/**
 * Receives album memberships page by page as {@link AlbumLister#members(dev.orchard.icloud.photos.PhotoZone,
 * java.util.Collection, MemberSink)} lists them, so that nothing holds a whole library's memberships. Called from
 * several listing threads at once: implementations must be thread-safe.
 */
public interface MemberSink {
    /**
     * One page of an album's members ({@code rank}: where the page starts); returns how many of them the sink had
     * not been given before for this album (pages can overlap when the album changes while it is listed).
     */
    int page(String albumId, long rank, List<String> assetIds);

    /** Every page of the album has been given: what the sink holds for it is the album's whole membership. */
    void complete(String albumId);
}

package dev.orchard.photos.shared;

import dev.orchard.icloud.sharedstreams.SharedAlbumRef;
import dev.orchard.icloud.sharedstreams.StreamItem;

import java.util.List;
import java.util.Map;

/** Where shared albums come from: the signed-in account's list, or one public link. */
public interface SharedAlbumSource {
    /** The albums to keep, each with its current change tag. */
    List<SharedAlbumRef> albums();

    /** The album's items now. */
    List<StreamItem> items(SharedAlbumRef album);

    /** Fresh download URLs for {@code items}, by guid (URLs expire; this is asked again when one has). */
    Map<String, String> urls(SharedAlbumRef album, List<StreamItem> items);

    /** Calls made so far. */
    long requestCount();
}

package dev.orchard.icloud.photos.model;

import java.util.List;

/**
 * What the user wrote about an asset and where it was taken (docs/protocol/photos.md §2): the title ({@code captionEnc}), the
 * description ({@code extendedDescEnc}), keywords ({@code keywordsEnc}), the location ({@code locationEnc}) and the
 * current EXIF orientation ({@code orientation}, 0 when not given). Absent text is null; keywords are never null.
 */
public record AssetMetadata(String title, String description, List<String> keywords, GeoLocation location, int orientation) {
    public static final AssetMetadata NONE = new AssetMetadata(null, null, List.of(), null, 0);

    public AssetMetadata {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}

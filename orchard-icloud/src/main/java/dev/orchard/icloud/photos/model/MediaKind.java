package dev.orchard.icloud.photos.model;

import java.util.Locale;

/** What an asset is, for filters and the summary. */
public enum MediaKind {
    PHOTO, VIDEO, LIVE;

    public static MediaKind parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "photo", "photos", "image", "images" -> PHOTO;
            case "video", "videos", "movie", "movies" -> VIDEO;
            case "live", "live-photo", "live-photos" -> LIVE;
            default -> throw new IllegalArgumentException("unknown media type '" + text + "' (expected photo, video or live)");
        };
    }
}

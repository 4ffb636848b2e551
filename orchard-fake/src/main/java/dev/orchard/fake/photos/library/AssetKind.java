package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.ContentFormat;

import java.util.Locale;

/** What an asset is made of, and its default original format. */
public enum AssetKind {
    /** A still photo (JPEG by default; HEIC or PNG on request). */
    PHOTO(ContentFormat.JPEG),
    /** A movie with {@code resVidMed}/{@code resVidSmall} and JPEG poster frames. */
    VIDEO(ContentFormat.MOV),
    /** A still plus {@code resOriginalVidCompl} (a QuickTime movie); assetSubtypeV2 = 2. */
    LIVE(ContentFormat.HEIC),
    /** A RAW+JPEG pair: the original in the given format (JPEG by default, or DNG) and the other as {@code resOriginalAlt}. */
    RAW_PAIR(ContentFormat.JPEG);

    private final ContentFormat defaultFormat;

    AssetKind(ContentFormat defaultFormat) {
        this.defaultFormat = defaultFormat;
    }

    public ContentFormat defaultFormat() { return defaultFormat; }

    public static AssetKind parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_');
        return switch (t) {
            case "PHOTO", "JPEG", "IMAGE" -> PHOTO;
            case "VIDEO", "MOVIE" -> VIDEO;
            case "LIVE", "LIVE_PHOTO" -> LIVE;
            case "RAW", "RAW_PAIR", "RAW_JPEG" -> RAW_PAIR;
            default -> throw new IllegalArgumentException("unknown asset kind '" + text
                    + "' (expected photo, video, live or raw)");
        };
    }
}

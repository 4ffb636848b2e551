package dev.orchard.photos.library;

import java.util.Locale;

/** The library's special views; each narrows the timeline by one SQL condition over {@code a} (assets), {@code aa} (archived_assets). */
public enum View {
    ALL("1"),
    FAVOURITES("a.favorite = 1"),
    VIDEOS(MediaKindSql.KIND + " = 'video'"),
    LIVE(MediaKindSql.KIND + " = 'live'"),
    SHARED("a.zone LIKE 'SharedSync-%'"),
    ARCHIVED("aa.asset_id IS NOT NULL"),
    LEFT_ICLOUD("aa.left_icloud = 1"),
    /** Empty unless the library keeps hidden assets (LibraryView's VISIBLE leaves them out otherwise). */
    HIDDEN("IFNULL(a.hidden, 0) = 1");

    final String condition;

    View(String condition) {
        this.condition = condition;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the accepted views */
    public static View parse(String key) {
        if (key == null || key.isEmpty()) return ALL;
        for (View v : values()) if (v.key().equals(key)) return v;
        throw new IllegalArgumentException("unknown view '" + key + "' (all, favourites, videos, live, shared, archived, left-icloud, hidden)");
    }
}

package dev.orchard.fake.photos.library;

import java.util.Locale;
import java.util.function.Predicate;

/** The smart albums (docs/protocol/photos.md §3): list filter value {@code FAVORITE}, count suffix {@code Favorite}. */
public enum SmartAlbum {
    FAVORITE("Favorite", Asset::favorite),
    VIDEO("Video", Asset::video),
    LIVE("Live", a -> a.master().live()),
    SCREENSHOT("Screenshot", a -> a.subtype() == Subtype.SCREENSHOT),
    PANORAMA("Panorama", a -> a.subtype() == Subtype.PANORAMA),
    SLOMO("Slomo", a -> a.subtype() == Subtype.SLOMO),
    TIMELAPSE("Timelapse", a -> a.subtype() == Subtype.TIMELAPSE);

    private final String countName;
    private final Predicate<Asset> member;

    SmartAlbum(String countName, Predicate<Asset> member) {
        this.countName = countName;
        this.member = member;
    }

    public String countName() { return countName; }
    public boolean contains(Asset a) { return member.test(a); }

    /** By list-filter value ({@code FAVORITE}); null when unknown. */
    public static SmartAlbum byFilterValue(String v) {
        for (SmartAlbum s : values()) if (s.name().equals(v)) return s;
        return null;
    }

    /** By count-id suffix ({@code Favorite}); null when unknown. */
    public static SmartAlbum byCountName(String v) {
        for (SmartAlbum s : values()) if (s.countName.equals(v)) return s;
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

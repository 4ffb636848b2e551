package dev.orchard.fake.photos.library;

import java.util.Locale;

/**
 * Special kinds of assets that smart albums select. Only the screenshot code (assetSubtypeV2 = 3) and the
 * slo-mo adjustment type are documented; the panorama and time-lapse {@code assetSubtype} codes are the fake's own.
 */
public enum Subtype {
    PLAIN(0, 0), SCREENSHOT(0, 3), PANORAMA(1, 0), SLOMO(0, 0), TIMELAPSE(2, 0);

    private final int assetSubtype;
    private final int assetSubtypeV2;

    Subtype(int assetSubtype, int assetSubtypeV2) {
        this.assetSubtype = assetSubtype;
        this.assetSubtypeV2 = assetSubtypeV2;
    }

    public int assetSubtype() { return assetSubtype; }
    public int assetSubtypeV2() { return assetSubtypeV2; }

    public static Subtype parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown subtype '" + text
                    + "' (expected plain, screenshot, panorama, slomo or timelapse)");
        }
    }
}

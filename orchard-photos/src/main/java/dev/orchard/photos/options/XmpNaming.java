package dev.orchard.photos.options;

import java.util.Locale;

/**
 * Whether sidecars are written (OFF: no, and those written before are put away) and how they are named:
 * {@code IMG_0001.HEIC.xmp} (FULL, the default) or {@code IMG_0001.xmp} (STEM).
 */
public enum XmpNaming {
    OFF, FULL, STEM;

    public static XmpNaming parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "full", "ext", "extension" -> FULL;
            case "stem", "base" -> STEM;
            default -> throw new IllegalArgumentException("XMP sidecar naming must be 'full' (IMG_0001.HEIC.xmp) or 'stem'"
                    + " (IMG_0001.xmp), got '" + text + "'");
        };
    }

    /** The sidecar of the library file at {@code path} (relative, '/'-separated). */
    public String sidecarOf(String path) {
        if (this == OFF) throw new IllegalStateException("no sidecars when XMP is off");
        if (this == FULL) return path + ".xmp";
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return (dot > slash + 1 ? path.substring(0, dot) : path) + ".xmp";
    }
}

package dev.orchard.fake.photos.content;

import java.util.Locale;

/** The file formats the fake serves, with the UTI Apple reports for them (docs/protocol/photos.md §4). */
public enum ContentFormat {
    JPEG("public.jpeg", "JPG", false),
    HEIC("public.heic", "HEIC", false),
    PNG("public.png", "PNG", false),
    DNG("com.adobe.raw-image", "DNG", false),
    MOV("com.apple.quicktime-movie", "MOV", true),
    MP4("public.mpeg-4", "MP4", true);

    private final String uti;
    private final String extension;
    private final boolean video;

    ContentFormat(String uti, String extension, boolean video) {
        this.uti = uti;
        this.extension = extension;
        this.video = video;
    }

    public String uti() { return uti; }
    /** The upper-case extension icloudpd would give the file, e.g. {@code JPG}. */
    public String extension() { return extension; }
    public boolean video() { return video; }
    /** CPLMaster.dataClassType: 1 photo, 2 video. */
    public int dataClassType() { return video ? 2 : 1; }

    public static ContentFormat parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (ContentFormat f : values()) {
            if (f.name().equals(t) || f.uti.equalsIgnoreCase(text.trim())) return f;
        }
        if (t.equals("JPG")) return JPEG;
        throw new IllegalArgumentException("unknown format '" + text + "' (expected jpeg, heic, png, dng, mov or mp4)");
    }
}

package dev.orchard.icloud.photos.model;

import java.util.Locale;
import java.util.Map;

/** File extensions of the UTIs iCloud Photos uses (docs/protocol/photos.md §4). */
public final class Utis {
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("public.jpeg", "jpg"), Map.entry("public.heic", "heic"), Map.entry("public.heif", "heif"),
            Map.entry("public.png", "png"), Map.entry("com.apple.quicktime-movie", "mov"), Map.entry("public.mpeg-4", "mp4"),
            Map.entry("com.apple.m4v-video", "m4v"), Map.entry("public.jpeg-xl", "jxl"), Map.entry("org.webmproject.webp", "webp"),
            Map.entry("com.compuserve.gif", "gif"), Map.entry("public.tiff", "tiff"), Map.entry("public.avif", "avif"),
            Map.entry("public.3gpp", "3gp"), Map.entry("public.avi", "avi"), Map.entry("public.mpeg", "mpg"),
            Map.entry("com.adobe.raw-image", "dng"), Map.entry("com.canon.cr2-raw-image", "cr2"),
            Map.entry("com.canon.cr3-raw-image", "cr3"), Map.entry("com.canon.crw-raw-image", "crw"),
            Map.entry("com.sony.arw-raw-image", "arw"), Map.entry("com.fuji.raw-image", "raf"),
            Map.entry("com.nikon.raw-image", "nef"), Map.entry("com.nikon.nrw-raw-image", "nrw"),
            Map.entry("com.olympus.raw-image", "orf"), Map.entry("com.olympus.or-raw-image", "orf"),
            Map.entry("com.panasonic.rw2-raw-image", "rw2"), Map.entry("com.pentax.raw-image", "pef"),
            Map.entry("com.adobe.photoshop-image", "psd"), Map.entry("public.mpo-image", "mpo"),
            Map.entry("com.microsoft.bmp", "bmp"), Map.entry("public.avchd-mpeg-2-transport-stream", "mts"),
            Map.entry("com.adobe.pdf", "pdf"), Map.entry("com.apple.m4a-audio", "m4a"), Map.entry("public.mp3", "mp3"));

    private Utis() {
    }

    /** Lower-case extension without dot, or null for an unknown UTI. */
    public static String extension(String uti) {
        return uti == null ? null : EXTENSIONS.get(uti.toLowerCase(Locale.ROOT));
    }

    public static boolean isMovie(String uti) {
        String ext = extension(uti);
        return ext != null && switch (ext) {
            case "mov", "mp4", "m4v", "3gp", "avi", "mpg", "mts" -> true;
            default -> false;
        };
    }

    public static boolean isRaw(String uti) {
        return uti != null && (uti.contains("raw-image") || uti.equals("com.adobe.raw-image"));
    }
}

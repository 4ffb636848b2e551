package dev.orchard.fake.photos.library;

/**
 * Target sizes of generated files, in bytes. Derivatives are fractions of the originals; a file is never
 * smaller than its format's minimum (a JPEG is at least its small base image).
 */
public record ContentSizes(long photoBytes, long videoBytes) {
    public static final ContentSizes DEFAULT = new ContentSizes(24 * 1024, 64 * 1024);

    public ContentSizes {
        if (photoBytes < 0 || videoBytes < 0) throw new IllegalArgumentException("file sizes must be >= 0 bytes");
    }

    /** Parses {@code 24k}, {@code 3M}, {@code 1g} or plain bytes. */
    public static long parseBytes(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                default -> 1024L * 1024 * 1024;
            };
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t.trim());
            if (v < 0) throw new NumberFormatException();
            return Math.multiplyExact(v, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a size in bytes: '" + text + "' (use e.g. 24k, 3M or 1048576)");
        }
    }
}

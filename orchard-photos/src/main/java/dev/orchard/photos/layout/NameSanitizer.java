package dev.orchard.photos.layout;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Makes one path component out of a name from iCloud, whatever it holds: no separators, no control or
 * bidi-override characters, no leading dot (no hidden files, no "." or ".."), no surrounding spaces, NFC, at most {@code maxBytes} bytes of UTF-8 (ext4 allows 255), never empty.
 */
public final class NameSanitizer {
    public static final int MAX_COMPONENT_BYTES = 255;

    private NameSanitizer() {
    }

    public static String component(String raw, int maxBytes, String fallback) {
        String s = clean(raw);
        s = truncate(s, maxBytes);
        s = trimEnds(s);
        if (s.isEmpty()) s = truncate(clean(fallback), maxBytes);
        if (s.isEmpty()) s = "_";
        return s;
    }

    private static String clean(String raw) {
        if (raw == null) return "";
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(forbidden(cp) ? '_' : cp));
        String out = trimEnds(b.toString());
        int dots = 0;
        while (dots < out.length() && out.charAt(dots) == '.') dots++;
        return dots == 0 ? out : "_".repeat(dots) + out.substring(dots);
    }

    private static boolean forbidden(int cp) {
        return cp == '/' || cp == '\\' || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff
                || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.SURROGATE;
    }

    private static String trimEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} of UTF-8, cut between code points. */
    public static String truncate(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) return s;
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = utf8Length(cp);
            if (bytes + n > maxBytes) break;
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}

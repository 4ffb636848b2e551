package dev.orchard.photos.download;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Spots the HTML error pages the CDN sometimes sends with status 200 instead of the file (docs/protocol/photos.md §6). */
final class HtmlGuard {
    private HtmlGuard() {
    }

    static boolean htmlContentType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** Whether the first bytes of a body look like an HTML document. */
    static boolean looksLikeHtml(byte[] head, int length) {
        int n = Math.min(length, 256);
        String s = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3).stripLeading();
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<body");
    }
}

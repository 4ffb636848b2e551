package dev.orchard.photos.library;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a timeline page ended: the sort key (capture time, zone, record name) of its last asset. The next page
 * starts strictly after it, so an asset is on exactly one page however the library changes in between.
 */
record Cursor(long taken, String zone, String id) {
    String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((taken + "\n" + zone + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3) throw new IllegalArgumentException();
            return new Cursor(Long.parseLong(parts[0]), parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor this server gave out: " + token);
        }
    }
}

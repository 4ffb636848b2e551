package dev.orchard.photos.library;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An asset's (or album's) place in photos.db, zone and record name, as one opaque URL-safe token: the web
 * page never sees or sends anything that could be read as a path.
 */
public record AssetKey(String zone, String id) {
    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((zone + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code token} is not one this class made */
    public static AssetKey parse(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id: " + token);
        }
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl == text.length() - 1 || text.indexOf('\n', nl + 1) >= 0) throw new IllegalArgumentException("not an id: " + token);
        return new AssetKey(text.substring(0, nl), text.substring(nl + 1));
    }
}

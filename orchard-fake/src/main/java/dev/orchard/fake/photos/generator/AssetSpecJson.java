package dev.orchard.fake.photos.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.ContentSizes;
import dev.orchard.fake.photos.library.Location;
import dev.orchard.fake.photos.library.Subtype;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One asset as JSON, shared by library spec files and the admin API (keys listed in LIBRARY-SPEC.md).
 * Album and same-master references go through resolvers, since spec files use their own keys.
 */
public final class AssetSpecJson {
    static final Set<String> KEYS = Set.of("key", "id", "kind", "format", "filename", "noFilename", "date",
            "added", "timeZoneOffset", "favorite", "hidden", "deleted", "edited", "subtype", "burst", "caption",
            "sharedLibrary", "albums", "sameMasterAs", "size", "seed", "orientation", "description", "keywords", "location");
    private static final Set<String> LOCATION_KEYS = Set.of("lat", "lon", "alt", "course");

    private AssetSpecJson() {
    }

    /**
     * Parses {@code a}; {@code albums} turns an album reference into a recordName and {@code assets} an asset
     * reference (both return null when unknown). Errors are one line starting with {@code where}.
     */
    public static AssetSpec parse(JsonNode a, String where, UnaryOperator<String> albums, UnaryOperator<String> assets) {
        if (a == null || !a.isObject()) throw new IllegalArgumentException(where + ": must be a JSON object");
        checkKeys(a, KEYS, where);
        try {
            AssetSpec s = AssetSpec.of(a.has("kind") ? AssetKind.parse(a.get("kind").asText()) : AssetKind.PHOTO);
            if (a.has("id")) s.id(a.get("id").asText());
            if (a.has("seed")) s.seed(number(a.get("seed"), "seed"));
            if (a.has("format")) s.format(ContentFormat.parse(a.get("format").asText()));
            if (a.has("filename")) s.filename(a.get("filename").asText());
            if (a.has("noFilename") && bool(a.get("noFilename"), "noFilename")) s.noFilename();
            if (a.has("date")) s.assetDate(instant(a.get("date"), "date"));
            if (a.has("added")) s.addedDate(instant(a.get("added"), "added"));
            if (a.has("timeZoneOffset")) s.timeZoneOffset((int) number(a.get("timeZoneOffset"), "timeZoneOffset"));
            if (a.has("favorite")) s.favorite(bool(a.get("favorite"), "favorite"));
            if (a.has("hidden")) s.hidden(bool(a.get("hidden"), "hidden"));
            if (a.has("deleted")) s.trashed(bool(a.get("deleted"), "deleted"));
            if (a.has("edited")) s.edited(bool(a.get("edited"), "edited"));
            if (a.has("subtype")) s.subtype(Subtype.parse(a.get("subtype").asText()));
            if (a.has("burst")) s.burstId(a.get("burst").asText());
            if (a.has("caption")) s.caption(a.get("caption").asText());
            if (a.has("description")) s.description(a.get("description").asText());
            if (a.has("keywords")) s.keywords(strings(a.get("keywords"), "keywords"));
            if (a.has("location")) s.location(location(a.get("location"), s.assetDate() != null ? s.assetDate() : 0));
            if (a.has("sharedLibrary")) s.sharedLibrary(bool(a.get("sharedLibrary"), "sharedLibrary"));
            if (a.has("size")) s.originalBytes(bytes(a.get("size"), "size"));
            if (a.has("orientation")) s.orientation((int) number(a.get("orientation"), "orientation"));
            if (a.has("sameMasterAs")) {
                String ref = assets.apply(a.get("sameMasterAs").asText());
                if (ref == null) throw new IllegalArgumentException("sameMasterAs names no earlier asset: " + a.get("sameMasterAs").asText());
                s.sameMasterAs(ref);
            }
            JsonNode list = a.path("albums");
            if (!list.isMissingNode() && !list.isArray()) throw new IllegalArgumentException("albums must be an array");
            for (JsonNode album : list) {
                String id = albums.apply(album.asText());
                if (id == null) throw new IllegalArgumentException("albums names an unknown album: " + album.asText());
                s.inAlbum(id);
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static java.util.List<String> strings(JsonNode n, String what) {
        if (!n.isArray()) throw new IllegalArgumentException(what + " must be an array of strings");
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode k : n) {
            if (!k.isTextual()) throw new IllegalArgumentException(what + " must be an array of strings");
            out.add(k.asText());
        }
        return out;
    }

    private static Location location(JsonNode n, long when) {
        if (!n.isObject() || !n.path("lat").isNumber() || !n.path("lon").isNumber()) {
            throw new IllegalArgumentException("location must be an object with numbers lat and lon (alt, course optional)");
        }
        checkKeys(n, LOCATION_KEYS, "location");
        return new Location(n.get("lat").asDouble(), n.get("lon").asDouble(), n.path("alt").asDouble(0),
                n.path("course").asDouble(-1), -1, 5, 0, when);
    }

    static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "' (expected one of "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    static boolean bool(JsonNode v, String what) {
        if (!v.isBoolean()) throw new IllegalArgumentException(what + " must be true or false");
        return v.asBoolean();
    }

    static long number(JsonNode v, String what) {
        if (!v.canConvertToLong()) throw new IllegalArgumentException(what + " must be a whole number");
        return v.asLong();
    }

    static long bytes(JsonNode v, String what) {
        if (v.canConvertToLong()) return v.asLong();
        try {
            return ContentSizes.parseBytes(v.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    private static long instant(JsonNode v, String what) {
        if (v.canConvertToLong()) return v.asLong();
        try {
            return Instant.parse(v.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is not an ISO-8601 instant such as 2024-05-01T10:00:00Z: " + v.asText());
        }
    }
}

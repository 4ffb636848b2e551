package dev.orchard.fake.photos.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.PhotosSettings;

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * The Photos knobs as JSON: {@code indexingState}, {@code indexingProgress}, {@code urlTtlSeconds},
 * {@code strictChangeTags}, {@code sharedZoneListing} (private|shared|both), {@code failModifies}
 * (count, with {@code failModifiesCode}), {@code htmlErrorPages} (count), {@code listingQuirk} (none|straddle|overlap|missing-assets), {@code changesScanLimit} (log entries per
 * changes/zone page).
 */
final class SettingsJson {
    private static final Set<String> KEYS = Set.of("indexingState", "indexingProgress", "urlTtlSeconds", "strictChangeTags",
            "sharedZoneListing", "failModifies", "failModifiesCode", "htmlErrorPages", "listingQuirk", "changesScanLimit");

    private SettingsJson() {
    }

    static ObjectNode render(PhotosSettings s) {
        ObjectNode o = Json.object();
        o.put("indexingState", s.indexingState());
        o.put("indexingProgress", s.indexingProgress());
        o.put("urlTtlSeconds", s.urlTtl().toSeconds());
        o.put("strictChangeTags", s.strictChangeTags());
        o.put("sharedZoneListing", s.sharedZoneListing().name().toLowerCase(Locale.ROOT));
        o.put("listingQuirk", s.listingQuirk().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (s.changesScanLimit() != Integer.MAX_VALUE) o.put("changesScanLimit", s.changesScanLimit());
        return o;
    }

    static void apply(PhotosSettings s, JsonNode body) {
        if (body == null || !body.isObject()) throw new IllegalArgumentException("settings body must be a JSON object");
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown setting '" + k + "' (expected one of " + KEYS.stream().sorted().toList() + ")");
            }
        }
        if (body.has("indexingState") || body.has("indexingProgress")) {
            String state = body.has("indexingState") ? body.get("indexingState").asText() : s.indexingState();
            int progress = body.has("indexingProgress") ? intValue(body, "indexingProgress")
                    : state.equals("FINISHED") ? 100 : 0;
            s.indexing(state.toUpperCase(Locale.ROOT), progress);
        }
        if (body.has("urlTtlSeconds")) s.urlTtl(Duration.ofSeconds(intValue(body, "urlTtlSeconds")));
        if (body.has("strictChangeTags")) {
            if (!body.get("strictChangeTags").isBoolean()) throw new IllegalArgumentException("strictChangeTags must be true or false");
            s.strictChangeTags(body.get("strictChangeTags").asBoolean());
        }
        if (body.has("sharedZoneListing")) {
            s.sharedZoneListing(PhotosSettings.SharedZoneListing.parse(body.get("sharedZoneListing").asText()));
        }
        if (body.has("listingQuirk")) s.listingQuirk(PhotosSettings.ListingQuirk.parse(body.get("listingQuirk").asText()));
        if (body.has("changesScanLimit")) s.changesScanLimit(intValue(body, "changesScanLimit"));
        if (body.has("failModifies")) s.failModifies(intValue(body, "failModifies"), Json.text(body, "failModifiesCode"));
        if (body.has("htmlErrorPages")) s.htmlErrorPages(intValue(body, "htmlErrorPages"));
    }

    private static int intValue(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (!v.canConvertToInt()) throw new IllegalArgumentException(field + " must be a whole number");
        return v.asInt();
    }
}

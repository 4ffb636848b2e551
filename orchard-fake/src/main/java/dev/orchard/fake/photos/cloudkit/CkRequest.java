package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.photos.PhotosSettings;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Zone;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** One authenticated CloudKit call: its library, database, parsed body and rendering settings. */
record CkRequest(Exchange exchange, PhotoLibrary library, Database database, JsonNode body,
                 PhotosSettings settings, RecordRenderer renderer) {

    /** Whether the caller asked for {@code getCurrentSyncToken} ({@code true}, {@code True}, {@code 1}). */
    boolean wantsSyncToken() {
        String v = exchange.query("getCurrentSyncToken");
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1"));
    }

    /** The zone that {@code zoneID} in {@code node} names. */
    Zone zone(JsonNode node) {
        JsonNode zoneId = node == null ? null : node.get("zoneID");
        String name = zoneId == null || zoneId.isNull() ? null : zoneId.path("zoneName").asText(null);
        return database.resolve(library, name);
    }

    /** {@code desiredKeys} of {@code node} as a set; null when absent (all fields). */
    static Set<String> desiredKeys(JsonNode node) {
        JsonNode keys = node == null ? null : node.get("desiredKeys");
        if (keys == null || keys.isNull()) return null;
        if (!keys.isArray()) throw CkError.badRequest("desiredKeys must be an array of field names");
        Set<String> set = new HashSet<>();
        keys.forEach(k -> set.add(k.asText()));
        return set;
    }

    /** A {@code resultsLimit} capped at {@code cap}; the cap when absent or not positive. */
    static int resultsLimit(JsonNode node, int cap) {
        JsonNode v = node == null ? null : node.get("resultsLimit");
        if (v == null || v.isNull()) return cap;
        if (!v.canConvertToInt()) throw CkError.badRequest("resultsLimit must be a number");
        int n = v.asInt();
        return n <= 0 ? cap : Math.min(n, cap);
    }

    String zoneToken(Zone z) {
        return SyncTokens.encode(SyncTokens.ZONE, zoneScope(z), z.logPosition());
    }

    String zoneScope(Zone z) {
        return library.ownerRecordName() + "/" + library.seed() + "/" + z.name();
    }

    String databaseScope() {
        return library.ownerRecordName() + "/" + library.seed() + "/" + database.name().toLowerCase(Locale.ROOT);
    }

    /** Adds the zone's current token when the caller asked for one. */
    ObjectNode withToken(ObjectNode response, Zone z) {
        if (wantsSyncToken()) response.put("syncToken", zoneToken(z));
        return response;
    }
}

package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.library.ChangePage;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.fake.photos.library.ZoneRecord;

import java.util.Set;

/** {@code zones/list}, {@code changes/database} and {@code changes/zone} (docs/protocol/photos.md §1, §7). */
final class ZoneChangesHandler {
    static final int MAX_CHANGES = 200;

    ObjectNode zonesList(CkRequest rq) {
        ObjectNode out = Json.object();
        ArrayNode zones = out.putArray("zones");
        for (Zone z : rq.database().listedZones(rq.library(), rq.settings().sharedZoneListing())) {
            ObjectNode entry = zones.addObject();
            entry.set("zoneID", rq.renderer().zoneId(z));
            entry.put("syncToken", rq.zoneToken(z));
            entry.put("deleted", false);
        }
        out.put("moreComing", false);
        out.put("syncToken", databaseToken(rq));
        return out;
    }

    /** Zones changed since the database token (all zones without one); tokens of the two kinds never mix. */
    ObjectNode databaseChanges(CkRequest rq, JsonNode body) {
        long since = -1;
        JsonNode token = body == null ? null : body.get("syncToken");
        if (token != null && !token.isNull()) {
            try {
                since = SyncTokens.decode(token.asText(), SyncTokens.DATABASE, rq.databaseScope());
            } catch (SyncTokens.Invalid e) {
                throw CkError.badRequest(e.getMessage());
            }
        }
        ObjectNode out = Json.object();
        out.put("syncToken", databaseToken(rq));
        out.put("moreComing", false);
        ArrayNode zones = out.putArray("zones");
        for (Zone z : rq.database().listedZones(rq.library(), rq.settings().sharedZoneListing())) {
            if (z.lastDatabaseChange() > since) {
                ObjectNode entry = zones.addObject();
                entry.set("zoneID", rq.renderer().zoneId(z));
                entry.put("syncToken", rq.zoneToken(z));
            }
        }
        return out;
    }

    private static String databaseToken(CkRequest rq) {
        return SyncTokens.encode(SyncTokens.DATABASE, rq.databaseScope(), rq.library().databaseChanges());
    }

    ObjectNode zoneChanges(CkRequest rq, JsonNode body) {
        JsonNode wanted = body.get("zones");
        if (wanted == null || !wanted.isArray()) throw CkError.badRequest("body needs a \"zones\" array");
        ObjectNode out = Json.object();
        ArrayNode zones = out.putArray("zones");
        for (JsonNode w : wanted) zones.add(oneZone(rq, body, w));
        return out;
    }

    private ObjectNode oneZone(CkRequest rq, JsonNode body, JsonNode w) {
        JsonNode zoneId = w.path("zoneID");
        Zone zone;
        try {
            zone = rq.zone(w);
        } catch (CkError e) {
            return error(zoneId, e);
        }
        int position;
        JsonNode token = w.get("syncToken");
        if (token == null || token.isNull()) {
            position = 0;
        } else if (token.asText().isEmpty()) {
            position = zone.logPosition();
        } else {
            try {
                long p = SyncTokens.decode(token.asText(), SyncTokens.ZONE, rq.zoneScope(zone));
                if (p > zone.logPosition()) throw new SyncTokens.Invalid("Unknown sync continuation type");
                position = (int) p;
            } catch (SyncTokens.Invalid e) {
                return error(zoneId, CkError.badRequest(e.getMessage()));
            }
        }
        int limit = CkRequest.resultsLimit(w.has("resultsLimit") ? w : body, MAX_CHANGES);
        Set<String> keys = CkRequest.desiredKeys(w.has("desiredKeys") ? w : body);
        ChangePage page = zone.changesSince(position, limit, rq.settings().changesScanLimit());
        RecordRenderer render = rq.renderer().withKeys(keys, true);
        ObjectNode entry = Json.object();
        entry.set("zoneID", render.zoneId(zone));
        entry.put("syncToken", SyncTokens.encode(SyncTokens.ZONE, rq.zoneScope(zone), page.endPosition()));
        entry.put("moreComing", page.moreComing());
        ArrayNode records = entry.putArray("records");
        for (ZoneRecord r : page.records()) records.add(render.render(zone, r));
        return entry;
    }

    private static ObjectNode error(JsonNode zoneId, CkError e) {
        ObjectNode entry = Json.object();
        entry.set("zoneID", zoneId == null || zoneId.isMissingNode() ? Json.object() : zoneId.deepCopy());
        entry.put("serverErrorCode", e.code());
        entry.put("reason", e.getMessage());
        return entry;
    }
}

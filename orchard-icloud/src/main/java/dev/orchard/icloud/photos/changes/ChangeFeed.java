package dev.orchard.icloud.photos.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.cloudkit.PhotosException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Incremental sync (docs/protocol/photos.md §7): {@code changes/database} says which zones changed since a database token;
 * {@code changes/zone} returns a zone's changed records since a zone token, page by page while
 * {@code moreComing}. A token Apple does not accept raises {@link PhotosException.Reason#TOKEN_REJECTED}: the
 * caller then lists everything.
 */
public final class ChangeFeed {
    static final int PAGE_RECORDS = 200;
    private static final int MAX_PAGES = 1_000_000;

    private final CloudKitClient ck;
    private final List<String> desiredKeys;

    public ChangeFeed(CloudKitClient ck) {
        this(ck, CkQueries.DESIRED_KEYS);
    }

    public ChangeFeed(CloudKitClient ck, List<String> desiredKeys) {
        this.ck = ck;
        this.desiredKeys = desiredKeys;
    }

    /** Zones changed since {@code token} (null: every zone, with a fresh token). */
    public DatabaseChanges databaseChanges(String database, String token) {
        Map<String, PhotoZone> changed = new LinkedHashMap<>();
        List<PhotoZone> deleted = new ArrayList<>();
        String current = token;
        for (int i = 0; i < MAX_PAGES; i++) {
            ObjectNode body = Jsons.object();
            if (current != null) body.put("syncToken", current);
            JsonNode answer;
            try {
                answer = ck.post(database, "changes/database", body);
            } catch (PhotosException e) {
                throw current != null && e.reason() == PhotosException.Reason.BAD_REQUEST ? rejected(database, e.getMessage()) : e;
            }
            for (JsonNode z : answer.path("zones")) {
                PhotoZone zone = PhotoZone.parse(database, z.path("zoneID"));
                if (zone.zoneName() == null) continue;
                if (z.path("deleted").asBoolean(false) || z.path("purged").asBoolean(false)) deleted.add(zone);
                else changed.putIfAbsent(zone.zoneName(), zone);
            }
            String next = Jsons.text(answer, "syncToken");
            if (next != null) current = next;
            if (!answer.path("moreComing").asBoolean(false) || next == null) break;
        }
        return new DatabaseChanges(current, List.copyOf(changed.values()), deleted);
    }

    /**
     * Feeds every change of {@code zone} since {@code token} to {@code sink}, page by page; returns the token
     * to resume from. {@code token} null means the whole history.
     */
    public String zoneChanges(PhotoZone zone, String token, Consumer<ZoneDelta> sink) {
        String current = token;
        for (int i = 0; i < MAX_PAGES; i++) {
            ObjectNode body = Jsons.object();
            ArrayNode zones = body.putArray("zones");
            ObjectNode z = zones.addObject();
            z.set("zoneID", zone.zoneId());
            if (current != null) z.put("syncToken", current);
            z.put("resultsLimit", PAGE_RECORDS);
            ArrayNode keys = z.putArray("desiredKeys");
            desiredKeys.forEach(keys::add);
            body.put("resultsLimit", PAGE_RECORDS);
            JsonNode answer;
            try {
                answer = ck.post(zone.database(), "changes/zone", body);
            } catch (PhotosException e) {
                throw current != null && e.reason() == PhotosException.Reason.BAD_REQUEST ? rejected(zone.toString(), e.getMessage()) : e;
            }
            JsonNode result = find(answer.path("zones"), zone.zoneName());
            String code = Jsons.text(result, "serverErrorCode");
            if (code != null) {
                String reason = Jsons.text(result, "reason");
                if (code.equals("BAD_REQUEST") && current != null) throw rejected(zone.toString(), reason);
                throw CloudKitClient.entryError("changes/zone " + zone, code, reason);
            }
            List<CkRecord> records = new ArrayList<>();
            for (JsonNode n : result.path("records")) records.add(CkRecord.parse(n));
            String next = Jsons.text(result, "syncToken");
            boolean more = result.path("moreComing").asBoolean(false);
            sink.accept(ZoneDelta.of(records, next == null ? current : next, more && next != null));
            if (next != null) current = next;
            if (!more || next == null) return current;
        }
        throw new PhotosException(PhotosException.Reason.PROTOCOL, "changes/zone for " + zone + " never ended");
    }

    private static JsonNode find(JsonNode zones, String zoneName) {
        for (JsonNode z : zones) {
            if (zoneName.equals(Jsons.text(z.path("zoneID"), "zoneName"))) return z;
        }
        if (zones.size() == 1) return zones.get(0);
        throw new PhotosException(PhotosException.Reason.PROTOCOL, "changes/zone answered without the zone " + zoneName);
    }

    private static PhotosException rejected(String where, String reason) {
        return new PhotosException(PhotosException.Reason.TOKEN_REJECTED, "iCloud did not accept the stored sync token for "
                + where + (reason == null ? "" : " (" + reason + ")") + "; listing everything instead");
    }
}

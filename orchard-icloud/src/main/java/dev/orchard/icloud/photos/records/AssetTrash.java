package dev.orchard.icloud.photos.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.Asset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves assets to Recently Deleted with {@code records/modify} (docs/protocol/photos.md §8): {@code isDeleted = 1} on the
 * CPLAsset with its current {@code recordChangeTag}, at most {@link #BATCH} per request. A stale tag
 * (CONFLICT) is refreshed with {@code records/lookup} and tried once more. Nothing is ever hard-deleted.
 */
public final class AssetTrash {
    public static final int BATCH = 100;

    private final CloudKitClient ck;
    private final RecordLookup lookup;

    public AssetTrash(CloudKitClient ck, RecordLookup lookup) {
        this.ck = ck;
        this.lookup = lookup;
    }

    /** An asset to trash and the change tag Orchard last saw. */
    public record Target(String assetId, String changeTag) {
    }

    /** Which assets are now in Recently Deleted, and why the others are not. */
    public record Result(List<String> trashed, Map<String, String> failed) {
    }

    public Result trash(PhotoZone zone, List<Target> targets) {
        List<String> trashed = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i += BATCH) {
            List<Target> batch = targets.subList(i, Math.min(targets.size(), i + BATCH));
            Map<String, String> conflicts = send(zone, batch, trashed, failed);
            if (conflicts.isEmpty()) continue;
            List<Target> retry = new ArrayList<>();
            for (CkRecord r : lookup.lookup(zone, conflicts.keySet())) {
                if (!r.is(Asset.TYPE)) continue;
                conflicts.remove(r.recordName());
                if (r.flag("isDeleted")) trashed.add(r.recordName());
                else retry.add(new Target(r.recordName(), r.changeTag()));
            }
            failed.putAll(conflicts);
            Map<String, String> again = send(zone, retry, trashed, failed);
            failed.putAll(again);
        }
        return new Result(trashed, failed);
    }

    /** Sends one batch; returns the assets that hit CONFLICT (by id, with the reason). */
    private Map<String, String> send(PhotoZone zone, List<Target> batch, List<String> trashed, Map<String, String> failed) {
        Map<String, String> conflicts = new LinkedHashMap<>();
        for (Map.Entry<String, CkRecord> e : modify(zone, batch).entrySet()) {
            CkRecord r = e.getValue();
            if (r == null) {
                failed.put(e.getKey(), "no answer for this record");
            } else if (!r.isError()) {
                trashed.add(e.getKey());
            } else if ("CONFLICT".equals(r.serverErrorCode())) {
                conflicts.put(e.getKey(), reason(r));
            } else {
                failed.put(e.getKey(), reason(r));
            }
        }
        return conflicts;
    }

    /**
     * One {@code records/modify} request for at most {@link #BATCH} targets, non-atomic; returns Apple's
     * answer for each target by asset id (a per-record error, or the updated record), null when the answer
     * left a target out. Callers that must decide again after a CONFLICT or retry a per-record
     * TRY_AGAIN_LATER use this.
     */
    public Map<String, CkRecord> modify(PhotoZone zone, List<Target> batch) {
        if (batch.size() > BATCH) throw new IllegalArgumentException("at most " + BATCH + " operations per request");
        Map<String, CkRecord> out = new LinkedHashMap<>();
        if (batch.isEmpty()) return out;
        ObjectNode body = Jsons.object();
        body.put("atomic", false);
        body.putArray("desiredKeys").add("isDeleted");
        ArrayNode ops = body.putArray("operations");
        for (Target t : batch) {
            out.put(t.assetId(), null);
            ObjectNode record = ops.addObject().put("operationType", "update").putObject("record");
            record.put("recordName", t.assetId()).put("recordType", Asset.TYPE);
            if (t.changeTag() != null) record.put("recordChangeTag", t.changeTag());
            record.putObject("fields").putObject("isDeleted").put("value", 1);
        }
        body.set("zoneID", zone.zoneId());
        JsonNode answer = ck.post(zone.database(), "records/modify", body);
        for (JsonNode n : answer.path("records")) {
            CkRecord r = CkRecord.parse(n);
            if (r.recordName() != null && out.containsKey(r.recordName())) out.put(r.recordName(), r);
        }
        return out;
    }

    public static String reason(CkRecord r) {
        return r.serverErrorCode() + (r.reason() == null ? "" : ": " + r.reason());
    }
}

package dev.orchard.icloud.photos.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.cloudkit.PhotosException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HyperionIndexCountLookup (docs/protocol/photos.md §1): how many assets an index holds, many indexes per request. */
public final class Counts {
    static final int BATCH = 50;
    private final CloudKitClient ck;

    public Counts(CloudKitClient ck) {
        this.ck = ck;
    }

    public long count(PhotoZone zone, String indexCountId) {
        return counts(zone, List.of(indexCountId)).getOrDefault(indexCountId, 0L);
    }

    /** Counts by count id; an id Apple does not know counts 0. */
    public Map<String, Long> counts(PhotoZone zone, Collection<String> indexCountIds) {
        List<String> ids = new ArrayList<>(indexCountIds);
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + BATCH));
            JsonNode answer = ck.post(zone.database(), "internal/records/query/batch", CkQueries.countBatch(zone, chunk));
            JsonNode batch = answer.path("batch");
            if (!batch.isArray()) {
                throw new PhotosException(PhotosException.Reason.PROTOCOL, "iCloud Photos answered a count without \"batch\"");
            }
            for (int j = 0; j < chunk.size(); j++) out.put(chunk.get(j), itemCount(batch.path(j)));
        }
        return out;
    }

    private static long itemCount(JsonNode result) {
        if (Jsons.text(result, "serverErrorCode") != null) return 0;
        ArrayNode records = result.path("records").isArray() ? (ArrayNode) result.path("records") : null;
        if (records == null || records.isEmpty()) return 0;
        return CkRecord.parse(records.get(0)).number("itemCount", 0);
    }
}

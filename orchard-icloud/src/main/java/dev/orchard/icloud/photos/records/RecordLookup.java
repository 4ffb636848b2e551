package dev.orchard.icloud.photos.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code records/lookup}: fetches records by name, e.g. masters whose asset arrived without them, or fresh
 * download URLs after a 410 (docs/protocol/photos.md §6). Records Apple cannot return (NOT_FOUND and other per-record
 * errors) are left out.
 */
public final class RecordLookup {
    public static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(RecordLookup.class);

    private final CloudKitClient ck;
    private final List<String> desiredKeys;

    public RecordLookup(CloudKitClient ck) {
        this(ck, CkQueries.DESIRED_KEYS);
    }

    public RecordLookup(CloudKitClient ck, List<String> desiredKeys) {
        this.ck = ck;
        this.desiredKeys = desiredKeys;
    }

    public List<CkRecord> lookup(PhotoZone zone, Collection<String> recordNames) {
        List<String> names = new ArrayList<>(recordNames);
        List<CkRecord> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i += BATCH) {
            ObjectNode body = Jsons.object();
            ArrayNode records = body.putArray("records");
            for (String n : names.subList(i, Math.min(names.size(), i + BATCH))) records.addObject().put("recordName", n);
            body.set("zoneID", zone.zoneId());
            CkQueries.withDesiredKeys(body, desiredKeys);
            JsonNode answer = ck.post(zone.database(), "records/lookup", body);
            for (JsonNode n : answer.path("records")) {
                CkRecord r = CkRecord.parse(n);
                if (r.isError()) {
                    LOG.debug("lookup of {} in {}: {}", r.recordName(), zone, r.serverErrorCode());
                } else if (!r.tombstone()) {
                    found.add(r);
                }
            }
        }
        return found;
    }
}

package dev.orchard.icloud.photos.cloudkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;

import java.util.Collection;
import java.util.List;

/** Request bodies for {@code records/query} and friends (docs/protocol/photos.md §1, §3). */
public final class CkQueries {
    /** Every field Orchard reads, for both CPLMaster and CPLAsset (and albums and relations in deltas). */
    public static final List<String> DESIRED_KEYS = List.of(
            "recordName", "recordType", "recordChangeTag", "masterRef", "filenameEnc", "itemType", "dataClassType",
            "originalOrientation", "assetDate", "addedDate", "timeZoneOffset", "isFavorite", "isHidden", "isDeleted",
            "isExpunged", "dateExpunged", "assetSubtype", "assetSubtypeV2", "adjustmentType", "duration", "captionEnc",
            "resOriginalRes", "resOriginalFileType", "resOriginalAltRes", "resOriginalAltFileType",
            "resOriginalVidComplRes", "resOriginalVidComplFileType", "resJPEGFullRes", "resJPEGFullFileType",
            "resVidFullRes", "resVidFullFileType", "resJPEGThumbRes", "resJPEGThumbFileType", "resJPEGMedRes",
            "resJPEGMedFileType",
            "burstId",
            "albumNameEnc", "albumType", "parentId", "position", "sortAscending", "sortType",
            "itemId", "containerId", "isKeyAsset");
    /** What a sync that writes XMP sidecars also reads: the title comes with {@link #DESIRED_KEYS} already. */
    public static final List<String> METADATA_KEYS = List.of("extendedDescEnc", "keywordsEnc", "locationEnc", "orientation");

    private CkQueries() {
    }

    public static ObjectNode query(PhotoZone zone, String recordType, ArrayNode filters, int resultsLimit) {
        ObjectNode body = Jsons.object();
        ObjectNode q = body.putObject("query").put("recordType", recordType);
        if (filters != null && !filters.isEmpty()) q.set("filterBy", filters);
        if (resultsLimit > 0) body.put("resultsLimit", resultsLimit);
        body.set("zoneID", zone.zoneId());
        return body;
    }

    public static ObjectNode withDesiredKeys(ObjectNode body) {
        return withDesiredKeys(body, DESIRED_KEYS);
    }

    public static ObjectNode withDesiredKeys(ObjectNode body, List<String> names) {
        ArrayNode keys = body.putArray("desiredKeys");
        names.forEach(keys::add);
        return body;
    }

    /** The listing's keys, with the asset metadata or without. */
    public static List<String> desiredKeys(boolean metadata) {
        if (!metadata) return DESIRED_KEYS;
        List<String> all = new java.util.ArrayList<>(DESIRED_KEYS);
        all.addAll(METADATA_KEYS);
        return List.copyOf(all);
    }

    public static ArrayNode filters() {
        return Jsons.MAPPER.createArrayNode();
    }

    public static ArrayNode equalsInt(ArrayNode filters, String field, long value) {
        ObjectNode f = filters.addObject().put("fieldName", field).put("comparator", "EQUALS");
        f.putObject("fieldValue").put("value", value).put("type", "INT64");
        return filters;
    }

    public static ArrayNode equalsString(ArrayNode filters, String field, String value) {
        ObjectNode f = filters.addObject().put("fieldName", field).put("comparator", "EQUALS");
        f.putObject("fieldValue").put("value", value).put("type", "STRING");
        return filters;
    }

    /** The batch form of HyperionIndexCountLookup (docs/protocol/photos.md §1), one entry per index. */
    public static ObjectNode countBatch(PhotoZone zone, Collection<String> indexCountIds) {
        ObjectNode body = Jsons.object();
        ArrayNode batch = body.putArray("batch");
        for (String id : indexCountIds) {
            ObjectNode one = batch.addObject().put("resultsLimit", 1);
            ObjectNode q = one.putObject("query").put("recordType", "HyperionIndexCountLookup");
            ObjectNode f = q.putObject("filterBy").put("fieldName", "indexCountID").put("comparator", "IN");
            f.putObject("fieldValue").put("type", "STRING_LIST").putArray("value").add(id);
            one.put("zoneWide", true);
            one.set("zoneID", zone.zoneId());
        }
        return body;
    }
}

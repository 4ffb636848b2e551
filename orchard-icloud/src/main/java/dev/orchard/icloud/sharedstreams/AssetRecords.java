package dev.orchard.icloud.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code webgetassets} page: CloudKit-shaped CPLMaster and CPLAsset records, paired through the
 * asset's {@code masterRef}. Records that are deleted, unpaired or offer no downloadable file are skipped.
 */
final class AssetRecords {
    private AssetRecords() {
    }

    static List<StreamItem> parse(JsonNode page) {
        Map<String, JsonNode> masters = new HashMap<>();
        List<JsonNode> assets = new ArrayList<>();
        for (JsonNode r : page.path("records")) {
            if (r.path("deleted").asBoolean(false)) continue;
            String type = r.path("recordType").asText("");
            if (type.equals("CPLMaster")) masters.put(r.path("recordName").asText(), r);
            else if (type.equals("CPLAsset")) assets.add(r);
        }
        List<StreamItem> items = new ArrayList<>();
        for (JsonNode a : assets) {
            String guid = StreamCalls.text(a, "recordName");
            JsonNode af = a.path("fields");
            JsonNode m = masters.get(af.path("masterRef").path("value").path("recordName").asText());
            if (guid == null || m == null || af.path("isDeleted").path("value").asInt(0) == 1) continue;
            JsonNode mf = m.path("fields");
            Rendition best = largest(mf, largest(af, null));
            if (best == null) continue;
            long date = af.path("assetDate").path("value").asLong(mf.path("originalCreationDate").path("value").asLong(0));
            String uti = mf.path("itemType").path("value").asText("");
            items.add(new StreamItem(guid, decoded(mf, "filenameEnc"), date, decoded(af, "captionEnc"),
                    StreamCalls.text(af.path("contributedBy"), "value"), uti.contains("movie") || uti.contains("mpeg"), best));
        }
        return items;
    }

    /** The largest of {@code best} and every {@code <prefix>Res} file among {@code fields}. */
    private static Rendition largest(JsonNode fields, Rendition best) {
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().endsWith("Res")) continue;
            JsonNode v = e.getValue().path("value");
            String url = StreamCalls.text(v, "downloadURL");
            long size = StreamCalls.number(v, "size", -1);
            if (url == null || size < 0) continue;
            String prefix = e.getKey().substring(0, e.getKey().length() - 3);
            Rendition r = new Rendition(size, StreamCalls.text(v, "fileChecksum"),
                    fields.path(prefix + "FileType").path("value").asText(null),
                    fields.path(prefix + "Width").path("value").asInt(0), fields.path(prefix + "Height").path("value").asInt(0), url);
            if (r.largerThan(best)) best = r;
        }
        return best;
    }

    private static String decoded(JsonNode fields, String name) {
        String v = StreamCalls.text(fields.path(name), "value");
        if (v == null) return null;
        try {
            return new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

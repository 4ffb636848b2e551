package dev.orchard.icloud.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.orchard.icloud.json.Jsons;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One CloudKit record as it comes back from a query, lookup or change feed (docs/protocol/photos.md §1). Field access is
 * tolerant: absent fields, {@code {"value":null}} (a field cleared in a delta) and wrong types all read as absent.
 */
public record CkRecord(String recordName, String recordType, String changeTag, boolean tombstone, JsonNode fields,
                       String zoneName, String serverErrorCode, String reason, long modifiedMillis) {

    public static CkRecord parse(JsonNode n) {
        JsonNode fields = n.path("fields");
        return new CkRecord(Jsons.text(n, "recordName"), Jsons.text(n, "recordType"), Jsons.text(n, "recordChangeTag"),
                n.path("deleted").asBoolean(false), fields.isObject() ? fields : MissingNode.getInstance(),
                Jsons.text(n.path("zoneID"), "zoneName"), Jsons.text(n, "serverErrorCode"), Jsons.text(n, "reason"),
                n.path("modified").path("timestamp").asLong(0));
    }

    public boolean isError() {
        return serverErrorCode != null;
    }

    public boolean is(String type) {
        return type.equals(recordType);
    }

    /** The {@code value} of a field, or null when the field is absent or cleared. */
    public JsonNode value(String field) {
        JsonNode v = fields.path(field).path("value");
        return v.isMissingNode() || v.isNull() ? null : v;
    }

    public String string(String field) {
        JsonNode v = value(field);
        return v == null || v.isContainerNode() ? null : v.asText();
    }

    public Long number(String field) {
        JsonNode v = value(field);
        if (v == null) return null;
        if (v.isNumber()) return v.asLong();
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public long number(String field, long fallback) {
        Long v = number(field);
        return v == null ? fallback : v;
    }

    public boolean flag(String field) {
        return number(field, 0) == 1;
    }

    /**
     * An {@code ENCRYPTED_BYTES} text field (base64 of UTF-8, docs/protocol/photos.md §2); a field of type STRING holds the
     * text itself. Null when absent or not valid base64.
     */
    public String text(String field) {
        JsonNode f = fields.path(field);
        JsonNode v = f.path("value");
        if (v.isMissingNode() || v.isNull() || v.isContainerNode()) return null;
        if ("STRING".equals(Jsons.text(f, "type"))) return v.asText();
        try {
            return new String(Base64.getDecoder().decode(v.asText().trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes of an {@code ENCRYPTED_BYTES} (or BYTES) field, or null when absent or not valid base64. */
    public byte[] bytes(String field) {
        JsonNode v = value(field);
        if (v == null || !v.isTextual()) return null;
        try {
            return Base64.getDecoder().decode(v.asText().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The recordName a REFERENCE field points to. */
    public String reference(String field) {
        JsonNode v = value(field);
        return v == null ? null : Jsons.text(v, "recordName");
    }
}

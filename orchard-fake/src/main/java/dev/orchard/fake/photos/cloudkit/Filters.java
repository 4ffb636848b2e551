package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** A query's {@code filterBy}: an array of filters, or a single filter object (count lookups); by field name. */
final class Filters {
    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    static Filters of(JsonNode filterBy) {
        Filters f = new Filters();
        if (filterBy == null || filterBy.isNull()) return f;
        if (filterBy.isObject()) {
            f.add(filterBy);
        } else if (filterBy.isArray()) {
            for (JsonNode one : filterBy) f.add(one);
        } else {
            throw CkError.badRequest("filterBy must be an array or an object");
        }
        return f;
    }

    private void add(JsonNode filter) {
        String field = filter.path("fieldName").asText(null);
        if (field == null) throw CkError.badRequest("a filter needs a fieldName");
        values.put(field, filter.path("fieldValue").path("value"));
    }

    JsonNode value(String field) {
        return values.get(field);
    }

    String text(String field) {
        JsonNode v = values.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    /** An INT64 filter value, or {@code fallback} when absent. */
    long number(String field, long fallback) {
        JsonNode v = values.get(field);
        if (v == null || v.isMissingNode() || v.isNull()) return fallback;
        if (!v.canConvertToLong() && !(v.isTextual() && v.asText().matches("-?\\d+"))) {
            throw CkError.badRequest("filter " + field + " needs an INT64 value");
        }
        return v.asLong();
    }
}

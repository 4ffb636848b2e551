package dev.orchard.icloud.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/** The client's shared Jackson mapper and tolerant accessors for Apple's JSON. */
public final class Jsons {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Jsons() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses bytes as JSON; anything that is not JSON gives a MissingNode rather than an exception. */
    public static JsonNode parseLenient(byte[] body) {
        if (body == null || body.length == 0) return MissingNode.getInstance();
        try {
            JsonNode n = MAPPER.readTree(body);
            return n == null ? MissingNode.getInstance() : n;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /** Text of a field, or null when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}

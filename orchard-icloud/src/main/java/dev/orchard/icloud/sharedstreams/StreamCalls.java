package dev.orchard.icloud.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.json.Jsons;

import java.util.function.Function;

/** Sends one shared-streams call (JSON sent as text/plain, as the web app does) and checks its answer. */
final class StreamCalls {
    static final String CONTENT_TYPE = "text/plain;charset=UTF-8";

    private StreamCalls() {
    }

    static ApiRequest request(String url, Object body) {
        return ApiRequest.post(url).body(Jsons.bytes(body), CONTENT_TYPE).build();
    }

    /** The JSON object of a 200 answer; anything else is a one-line {@link SharedStreamsException}. */
    static JsonNode json(String call, ApiResponse r) {
        if (r.status() != 200) {
            throw new SharedStreamsException("shared albums: " + call + " answered HTTP " + r.status(), r.status());
        }
        JsonNode json = Jsons.parseLenient(r.body());
        if (!json.isObject()) throw new SharedStreamsException("shared albums: " + call + " answered something that is not JSON", 0);
        return json;
    }

    static JsonNode send(String call, String url, Object body, Function<ApiRequest, ApiResponse> sender) {
        return json(call, sender.apply(request(url, body)));
    }

    /** A field that Apple sends as a number or a decimal string; {@code fallback} when absent or malformed. */
    static long number(JsonNode node, String field, long fallback) {
        JsonNode v = node.path(field);
        if (v.isNumber()) return v.asLong();
        if (v.isTextual() && v.asText().matches("-?\\d{1,18}")) return Long.parseLong(v.asText());
        return fallback;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}

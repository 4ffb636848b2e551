package dev.orchard.icloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A complete response: status, headers, body bytes. */
public record ApiResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON, whatever its Content-Type (Apple labels JSON as text/html at times); MissingNode if not JSON. */
    public JsonNode json() {
        return Jsons.parseLenient(body);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

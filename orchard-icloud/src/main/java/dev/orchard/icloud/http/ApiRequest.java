package dev.orchard.icloud.http;

import dev.orchard.icloud.json.Jsons;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One HTTP request to Apple: method, URL, headers in order, optional body. */
public record ApiRequest(String method, URI uri, List<Map.Entry<String, String>> headers, byte[] body) {

    public static Builder get(String url) { return new Builder("GET", url); }
    public static Builder post(String url) { return new Builder("POST", url); }
    public static Builder put(String url) { return new Builder("PUT", url); }

    /** The header value, last one set wins; null when absent. */
    public String header(String name) {
        String v = null;
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) v = h.getValue();
        }
        return v;
    }

    /** URL without query: safe to log (queries can carry ids and pre-signed download tokens). */
    public String describe() {
        return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    public static final class Builder {
        private final String method;
        private final URI uri;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;

        private Builder(String method, String url) {
            this.method = method;
            this.uri = URI.create(url);
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
                headers.add(Map.entry(name, value));
            }
            return this;
        }

        public Builder headers(Map<String, String> values) {
            values.forEach(this::header);
            return this;
        }

        /** A JSON body with Content-Type application/json. */
        public Builder json(Object value) {
            body = Jsons.bytes(value);
            return header("Content-Type", "application/json");
        }

        /** A body sent as given; {@code contentType} may be null. */
        public Builder body(byte[] bytes, String contentType) {
            body = bytes;
            return contentType == null ? this : header("Content-Type", contentType);
        }

        public Builder text(String text, String contentType) {
            return body(text.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public ApiRequest build() {
            return new ApiRequest(method, uri, List.copyOf(headers), body);
        }
    }
}

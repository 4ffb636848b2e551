package dev.orchard.fake.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.orchard.fake.http.Json;

import java.net.http.HttpResponse;
import java.util.List;

/** A response as the tests look at it. */
record TestResponse(int status, HttpResponse<String> raw) {
    String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    List<String> cookies() {
        return raw.headers().allValues("Set-Cookie");
    }

    /** Whether a Set-Cookie for {@code name} with a value was sent. */
    boolean setsCookie(String name) {
        return cookies().stream().anyMatch(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"));
    }

    String text() {
        return raw.body();
    }

    JsonNode json() {
        try {
            return raw.body().isEmpty() ? MissingNode.getInstance() : Json.MAPPER.readTree(raw.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + raw.body(), e);
        }
    }
}

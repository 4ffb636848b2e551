package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.http.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A minimal CloudKit caller for tests: posts JSON with a session cookie, fetches download URLs without one. */
final class PhotosClient {
    static final String BASE = "/database/1/com.apple.photos.cloud/production/";

    record Reply(int status, JsonNode json, String text) {
    }

    private final FakeICloud fake;
    private final HttpClient http = HttpClient.newHttpClient();
    private String cookie;

    PhotosClient(FakeICloud fake) {
        this.fake = fake;
        signIn(fake.sessions().open(fake.account(FakeConfig.DEMO_APPLE_ID), null));
    }

    void signIn(WebSession s) {
        cookie = WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + s.token() + "\"";
    }

    void signOut() {
        cookie = null;
    }

    /** POSTs {@code body} to {@code <db>/<path>?remapEnums=True&getCurrentSyncToken=True}. */
    JsonNode ck(String db, String path, String body) {
        Reply r = call(db, path, "remapEnums=True&getCurrentSyncToken=True", body);
        if (r.status() != 200) throw new AssertionError("HTTP " + r.status() + " from " + path + ": " + r.text());
        return r.json();
    }

    JsonNode privateDb(String path, String body) {
        return ck("private", path, body);
    }

    Reply call(String db, String path, String query, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + BASE + db + "/" + path
                        + (query == null ? "" : "?" + query)))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) b.header("Cookie", cookie);
        return send(b.build());
    }

    Reply admin(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b.build());
    }

    HttpResponse<byte[]> get(String url, String range) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.replace("${f}", "$%7Bf%7D")));
        if (range != null) b.header("Range", range);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private Reply send(HttpRequest req) {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = Json.MAPPER.readTree(r.body());
            } catch (IOException ignored) {
                // not JSON: tests look at the text
            }
            return new Reply(r.statusCode(), json, r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A list query body. */
    static String listQuery(String recordType, long startRank, String direction, int limit, String zone, String... extraFilters) {
        StringBuilder f = new StringBuilder("[{\"fieldName\":\"startRank\",\"comparator\":\"EQUALS\",\"fieldValue\":{\"value\":"
                + startRank + ",\"type\":\"INT64\"}},{\"fieldName\":\"direction\",\"comparator\":\"EQUALS\",\"fieldValue\":{\"value\":\""
                + direction + "\",\"type\":\"STRING\"}}");
        for (String extra : extraFilters) f.append(',').append(extra);
        f.append(']');
        return "{\"query\":{\"recordType\":\"" + recordType + "\",\"filterBy\":" + f + "},\"resultsLimit\":" + limit
                + ",\"zoneID\":{\"zoneName\":\"" + zone + "\"}}";
    }

    static String stringFilter(String field, String value) {
        return "{\"fieldName\":\"" + field + "\",\"comparator\":\"EQUALS\",\"fieldValue\":{\"value\":\"" + value + "\",\"type\":\"STRING\"}}";
    }

    /** Every asset record name of a list, paging by startRank the way icloudpd does. */
    List<String> listAll(String recordType, String zone, String... extraFilters) {
        List<String> names = new ArrayList<>();
        for (long rank = 0; ; ) {
            JsonNode page = privateDb("records/query", listQuery(recordType, rank, "ASCENDING", 200, zone, extraFilters));
            int masters = 0;
            for (JsonNode r : page.path("records")) {
                if (r.path("recordType").asText().equals("CPLMaster")) masters++;
                if (r.path("recordType").asText().equals("CPLAsset")) names.add(r.path("recordName").asText());
            }
            if (masters == 0) return names;
            rank += masters;
        }
    }

    static List<JsonNode> ofType(JsonNode response, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : response.path("records")) if (type.equals(r.path("recordType").asText())) out.add(r);
        return out;
    }
}

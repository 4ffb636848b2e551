package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.http.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh account with a signed-in web session, and the HTTP calls a Drive client makes. */
final class DriveSession {
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Reply(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    final FakeICloud fake;
    final FakeAccount account;
    WebSession session;

    private DriveSession(FakeICloud fake, FakeAccount account) {
        this.fake = fake;
        this.account = account;
        this.session = fake.sessions().open(account, null);
    }

    /** A new account of its own, so tests sharing a fake do not see each other's trees. */
    static DriveSession fresh(FakeICloud fake) {
        FakeAccount a = fake.accounts().add("drive-" + ACCOUNTS.incrementAndGet() + "-" + UUID.randomUUID() + "@example.com", "pw");
        return new DriveSession(fake, a);
    }

    /** The demo account of {@code FakeConfig.defaults()}. */
    static DriveSession demo(FakeICloud fake) {
        return new DriveSession(fake, fake.account(dev.orchard.fake.FakeConfig.DEMO_APPLE_ID));
    }

    RemoteDrive remote() {
        return fake.drive().account(account.appleId());
    }

    String cookie() {
        return WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + session.token() + "\"";
    }

    Reply post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).header("Cookie", cookie())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).header("Cookie", cookie()).GET());
    }

    /** Posts and insists on 200 with a JSON answer. */
    JsonNode ok(String path, Object body) {
        Reply r = post(path, body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // ---- drivews shorthands

    JsonNode listFolder(String drivewsid) {
        ArrayNode req = Json.array();
        req.addObject().put("drivewsid", drivewsid).put("partialData", false).put("includeHierarchy", false);
        return ok("/retrieveItemDetailsInFolders", req).get(0);
    }

    JsonNode root() {
        return listFolder("FOLDER::com.apple.CloudDocs::root");
    }

    /** The child of {@code folder}'s listing whose full name is {@code fullName}, or null. */
    static JsonNode child(JsonNode listing, String fullName) {
        for (JsonNode i : listing.get("items")) {
            String name = i.path("name").asText() + (i.has("extension") ? "." + i.get("extension").asText() : "");
            if (name.equals(fullName)) return i;
        }
        return null;
    }

    static ObjectNode items(String key, Object... pairs) {
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray(key);
        for (int i = 0; i < pairs.length; i += 2) {
            items.addObject().put("drivewsid", (String) pairs[i]).put("etag", (String) pairs[i + 1])
                    .put("clientId", (String) pairs[i]);
        }
        return body;
    }
}

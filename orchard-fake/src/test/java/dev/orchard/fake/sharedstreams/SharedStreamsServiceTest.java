package dev.orchard.fake.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake's Shared Albums service as a client sees it, including where it is strict. */
class SharedStreamsServiceTest {
    final HttpClient http = HttpClient.newHttpClient();
    FakeICloud fake;
    FakeAccount account;
    String cookie;
    List<SharedAlbum> albums;

    @BeforeEach
    void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
        account = fake.photos().defaultAccount();
        cookie = WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + fake.sessions().open(account, null).token() + "\"";
        albums = SharedStreamsDemo.seed(fake.sharedStreams(), account);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    HttpResponse<String> post(String path, String body, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signedIn) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String assets() {
        return "/" + account.dsid() + "/sharedstreams/webgetassets";
    }

    @Test
    void albumListShowsOwnedAndSubscribedWithChangeTags() throws Exception {
        HttpResponse<String> r = post("/" + account.dsid() + "/sharedstreams/webgetalbumslist", "{}", true);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = Json.MAPPER.readTree(r.body()).path("albums");
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("sharingtype").asText()).isEqualTo("owned");
        assertThat(list.get(0).path("attributes").path("ispublic").asBoolean()).isTrue();
        assertThat(list.get(1).path("sharingtype").asText()).isEqualTo("subscribed");
        String ctag = list.get(1).path("albumctag").asText();
        fake.sharedStreams().addItem(albums.get(1), "new.jpg", 5_000, SharedStreamsDemo.FRIEND, null);
        JsonNode after = Json.MAPPER.readTree(post("/" + account.dsid() + "/sharedstreams/webgetalbumslist", "{}", true).body());
        assertThat(after.path("albums").get(1).path("albumctag").asText()).isNotEqualTo(ctag);
        assertThat(after.path("albums").get(0).path("albumctag").asText()).isEqualTo(list.get(0).path("albumctag").asText());
    }

    @Test
    void strictWhereAppleIsUnknown() throws Exception {
        String guid = albums.get(1).guid();
        assertThat(post(assets(), "{\"albumguid\":\"" + guid + "\",\"offset\":\"0\",\"limit\":\"10\"}", false).statusCode()).isEqualTo(421);
        assertThat(post("/123/sharedstreams/webgetassets", "{\"albumguid\":\"" + guid + "\",\"offset\":\"0\",\"limit\":\"10\"}", true)
                .statusCode()).isEqualTo(403);
        assertThat(post(assets(), "{\"albumguid\":\"" + guid + "\",\"offset\":0,\"limit\":10}", true).statusCode()).isEqualTo(400);
        assertThat(post(assets(), "{\"albumguid\":\"nope\",\"offset\":\"0\",\"limit\":\"10\"}", true).statusCode()).isEqualTo(404);
        JsonNode page = Json.MAPPER.readTree(post(assets(), "{\"albumguid\":\"" + guid + "\",\"offset\":\"1\",\"limit\":\"2\"}", true).body());
        assertThat(page.path("records")).hasSize(2);
        assertThat(page.path("records").get(0).path("recordType").asText()).isEqualTo("CPLMaster");
    }

    @Test
    void publicLinksNeedNoSessionOnlyWhilePublicAndUrlsExpire() throws Exception {
        SharedAlbum lake = albums.get(0);
        HttpResponse<String> stream = post("/" + lake.publicToken() + "/sharedstreams/webstream", "{\"streamCtag\":null}", false);
        assertThat(stream.statusCode()).isEqualTo(200);
        JsonNode photos = Json.MAPPER.readTree(stream.body()).path("photos");
        assertThat(photos).hasSize(3);
        String guid = photos.get(0).path("photoGuid").asText();
        JsonNode urls = Json.MAPPER.readTree(post("/" + lake.publicToken() + "/sharedstreams/webasseturls",
                "{\"photoGuids\":[\"" + guid + "\"]}", false).body());
        JsonNode item = urls.path("items").elements().next();
        String url = "http://" + item.path("url_location").asText() + item.path("url_path").asText().replace("${f}", "x");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .isEqualTo(200);
        fake.clock().advance(fake.sharedStreams().urlTtl().plus(Duration.ofSeconds(1)));
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .isEqualTo(410);

        lake.makePublic(false);
        assertThat(post("/" + lake.publicToken() + "/sharedstreams/webstream", "{\"streamCtag\":null}", false).statusCode())
                .isEqualTo(404);
    }
}

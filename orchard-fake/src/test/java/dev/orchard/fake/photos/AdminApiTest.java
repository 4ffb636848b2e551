package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.content.FileChecksums;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class AdminApiTest extends FakePhotosTestBase {



    @Test
    void generatesAndListsOriginalsWhoseBytesMatchTheirChecksums() {
        JsonNode summary = client.admin("POST", "/_fake/photos/generate", "{\"assets\": 60, \"seed\": 9}").json();
        assertThat(summary.at("/zones/0/assets").asInt() + summary.at("/zones/1/assets").asInt()).isEqualTo(60);
        JsonNode files = client.admin("GET", "/_fake/photos/originals", null).json().get("files");
        assertThat(files).extracting(f -> f.get("role").asText()).contains("original", "alternative", "live-video", "edited");
        JsonNode first = files.get(0);
        HttpResponse<byte[]> bytes = client.get(fake.baseUrl() + "/_fake/photos/content/" + first.get("fileChecksumUrl").asText(), null);
        assertThat(FileChecksums.of(bytes.body()).base64()).isEqualTo(first.get("fileChecksum").asText());
        assertThat(bytes.body()).hasSize(first.get("size").asInt());
        assertThat(client.get(first.get("downloadURL").asText(), null).body()).isEqualTo(bytes.body());
    }

    @Test
    void mutatesTheLibraryAndBumpsChangeTags() {
        client.admin("POST", "/_fake/photos/reset", null);
        JsonNode album = client.admin("POST", "/_fake/photos/albums", "{\"name\":\"Kids/School\"}").json();
        JsonNode asset = client.admin("POST", "/_fake/photos/assets",
                "{\"kind\":\"live\",\"filename\":\"IMG_9.HEIC\",\"albums\":[\"" + album.get("id").asText() + "\"]}").json();
        String id = asset.get("id").asText();
        assertThat(asset.get("albums")).hasSize(1);
        String tag = asset.get("recordChangeTag").asText();
        JsonNode fav = client.admin("POST", "/_fake/photos/assets/" + id + "/favorite", null).json();
        assertThat(fav.get("favorite").asBoolean()).isTrue();
        assertThat(fav.get("recordChangeTag").asText()).isNotEqualTo(tag);
        assertThat(client.admin("POST", "/_fake/photos/assets/" + id + "/edit", null).json().get("edited").asBoolean()).isTrue();
        assertThat(client.admin("POST", "/_fake/photos/assets/" + id + "/hide", null).json().get("hidden").asBoolean()).isTrue();
        assertThat(client.admin("POST", "/_fake/photos/assets/" + id + "/delete", null).json().get("deleted").asBoolean()).isTrue();
        JsonNode listed = client.admin("GET", "/_fake/photos/assets", null).json().get("assets");
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.get("id").asText()).isEqualTo(id);
            assertThat(a.get("zone").asText()).isEqualTo("PrimarySync");
            assertThat(a.get("deleted").asBoolean()).isTrue();
            assertThat(a.get("dateExpunged").asText()).endsWith("Z");
            assertThat(a.get("filename").asText()).isEqualTo("IMG_9.HEIC");
        });
        assertThat(client.admin("POST", "/_fake/photos/assets/" + id + "/remove-from-album",
                "{\"album\":\"" + album.get("id").asText() + "\"}").json().get("albums")).isEmpty();
        JsonNode renamed = client.admin("POST", "/_fake/photos/albums/" + album.get("id").asText() + "/rename", "{\"name\":\"New\"}").json();
        assertThat(renamed.get("name").asText()).isEqualTo("New");
        assertThat(client.admin("POST", "/_fake/photos/assets/" + id + "/purge", null).status()).isEqualTo(200);
        assertThat(client.admin("POST", "/_fake/photos/assets/" + id + "/favorite", null).status()).isEqualTo(404);
    }

    @Test
    void settingsChangeAndBadInputGetsOneClearLine() {
        JsonNode s = client.admin("POST", "/_fake/photos/settings",
                "{\"indexingState\":\"RUNNING\",\"indexingProgress\":10,\"urlTtlSeconds\":60,\"strictChangeTags\":false}").json();
        assertThat(s.get("indexingState").asText()).isEqualTo("RUNNING");
        assertThat(fake.photos().settings().strictChangeTags()).isFalse();
        assertThat(fake.photos().settings().urlTtl().toSeconds()).isEqualTo(60);
        client.admin("POST", "/_fake/photos/settings", "{\"indexingState\":\"FINISHED\",\"urlTtlSeconds\":3600,\"strictChangeTags\":true}");

        PhotosClient.Reply bad = client.admin("POST", "/_fake/photos/settings", "{\"ttl\":5}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).startsWith("unknown setting 'ttl'").doesNotContain("\n");
        PhotosClient.Reply kind = client.admin("POST", "/_fake/photos/assets", "{\"kind\":\"hologram\"}");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.text()).isEqualTo("asset: unknown asset kind 'hologram' (expected photo, video, live or raw)");
        assertThat(client.admin("POST", "/_fake/photos/assets/NOPE/explode", null).text()).startsWith("unknown asset action 'explode'");
    }
}

package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recently Deleted as an archive sees it (issue 10 §4): every answer that returns a trashed asset carries
 * {@code dateExpunged} and {@code expirationTime}, and the fake's clock, moved through the admin API, expunges
 * it 30 days later with tombstones in the change feed.
 */
class RecentlyDeletedTest extends FakePhotosTestBase {
    static final long DAY = 86_400_000L;

    PhotoLibrary lib;
    Asset photo;
    Asset kept;
    long trashedAt;

    @BeforeEach
    void trashOne() {
        client.signIn(fake.sessions().open(fake.account(FakeConfig.DEMO_APPLE_ID), null));
        lib = fake.photos().generate(0);
        photo = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("gone.jpg"));
        kept = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("kept.jpg"));
        trashedAt = lib.now();
        lib.trash(photo.recordName());
    }

    static void assertExpiryFields(JsonNode asset, long trashedAt) {
        assertThat(asset.at("/fields/isDeleted/value").asInt()).isEqualTo(1);
        assertThat(asset.at("/fields/dateExpunged/type").asText()).isEqualTo("TIMESTAMP");
        assertThat(asset.at("/fields/dateExpunged/value").asLong()).isBetween(trashedAt + 30 * DAY, trashedAt + 30 * DAY + 60_000);
        assertThat(asset.get("expirationTime").asLong()).isBetween((trashedAt + 40 * DAY) / 1000, (trashedAt + 40 * DAY) / 1000 + 60);
    }

    @Test
    void theRecentlyDeletedListCarriesDateExpungedAndExpirationTime() {
        JsonNode page = client.privateDb("records/query",
                PhotosClient.listQuery("CPLAssetAndMasterDeletedByExpungedDate", 0, "ASCENDING", 200, "PrimarySync"));
        List<JsonNode> assets = PhotosClient.ofType(page, "CPLAsset");
        assertThat(assets).extracting(a -> a.get("recordName").asText()).containsExactly(photo.recordName());
        assertExpiryFields(assets.get(0), trashedAt);
        JsonNode master = PhotosClient.ofType(page, "CPLMaster").get(0);
        assertThat(master.get("recordName").asText()).isEqualTo(photo.master().recordName());
        assertExpiryFields(master, trashedAt);
        assertThat(master.at("/fields/dateExpunged")).isEqualTo(assets.get(0).at("/fields/dateExpunged"));
    }

    @Test
    void lookupAndTheChangeFeedCarryThemTooButNotOnAssetsInTheLibrary() {
        JsonNode r = client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + photo.recordName()
                + "\"},{\"recordName\":\"" + kept.recordName() + "\"}],\"zoneID\":{\"zoneName\":\"PrimarySync\"}}");
        assertExpiryFields(r.at("/records/0"), trashedAt);
        assertThat(r.at("/records/1").has("expirationTime")).isFalse();
        assertThat(r.at("/records/1/fields").has("dateExpunged")).isFalse();

        JsonNode feed = changes(null);
        assertExpiryFields(record(feed, photo.recordName()), trashedAt);
        assertExpiryFields(record(feed, photo.master().recordName()), trashedAt);
        assertThat(record(feed, kept.recordName()).has("expirationTime")).isFalse();
        assertThat(record(feed, kept.master().recordName()).at("/fields").has("dateExpunged")).isFalse();

        lib.restore(photo.recordName());
        JsonNode restored = record(changes(null), photo.master().recordName());
        assertThat(restored.has("expirationTime")).isFalse();
        assertThat(restored.at("/fields").has("dateExpunged")).isFalse();
    }

    @Test
    void anAdminClockAdvancePast30DaysExpungesTheAssetWithTombstonesInTheFeed() {
        String token = changes(null).get("syncToken").asText();
        PhotosClient.Reply almost = client.admin("POST", "/_fake/clock/advance", "{\"seconds\":" + (30 * 86_400 - 120) + "}");
        assertThat(almost.status()).isEqualTo(200);
        assertThat(client.admin("GET", "/_fake/photos", null).status()).isEqualTo(200);
        assertThat(lib.primary().find(photo.recordName())).isSameAs(photo);

        client.admin("POST", "/_fake/clock/advance", "{\"seconds\":240}");
        client.admin("GET", "/_fake/photos", null);
        assertThat(lib.primary().find(photo.recordName())).as("the admin API saw the clock pass dateExpunged").isNull();
        client.signIn(fake.sessions().open(fake.account(FakeConfig.DEMO_APPLE_ID), null));
        JsonNode feed = changes(token);
        List<String> tombstones = new ArrayList<>();
        for (JsonNode rec : feed.get("records")) if (rec.get("deleted").asBoolean()) tombstones.add(rec.get("recordName").asText());
        assertThat(tombstones).containsExactlyInAnyOrder(photo.recordName(), photo.master().recordName());
        JsonNode lookup = client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + photo.recordName()
                + "\"}],\"zoneID\":{\"zoneName\":\"PrimarySync\"}}");
        assertThat(lookup.at("/records/0/serverErrorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(client.listAll("CPLAssetAndMasterDeletedByExpungedDate", "PrimarySync")).isEmpty();
        assertThat(client.listAll(QueryTest.ALL, "PrimarySync")).containsExactly(kept.recordName());
    }

    JsonNode changes(String token) {
        String t = token == null ? "" : ",\"syncToken\":\"" + token + "\"";
        return client.privateDb("changes/zone", "{\"zones\":[{\"zoneID\":{\"zoneName\":\"PrimarySync\"}" + t + "}]}")
                .get("zones").get(0);
    }

    static JsonNode record(JsonNode zone, String name) {
        for (JsonNode r : zone.get("records")) if (r.get("recordName").asText().equals(name)) return r;
        throw new AssertionError("no record " + name + " in the feed");
    }
}

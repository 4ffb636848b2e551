package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** changes/zone and changes/database after each kind of mutation (docs/protocol/photos.md §7). */
class ChangesTest extends FakePhotosTestBase {
    PhotoLibrary lib;
    Asset photo;
    Album album;



    @BeforeEach
    void freshLibrary() {
        lib = fake.photos().generate(0);
        photo = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("a.jpg"));
        lib.addAsset(AssetSpec.of(AssetKind.LIVE).filename("b.heic"));
        album = lib.createAlbum(null, "Holiday", false, null);
    }

    JsonNode changes(String token) {
        String t = token == null ? "" : ",\"syncToken\":" + (token.equals("\"\"") ? "\"\"" : "\"" + token + "\"");
        return client.privateDb("changes/zone", "{\"zones\":[{\"zoneID\":{\"zoneName\":\"PrimarySync\"}" + t + ",\"resultsLimit\":200}]}")
                .get("zones").get(0);
    }

    String head() {
        return changes(null).get("syncToken").asText();
    }

    static List<String> types(JsonNode zone) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : zone.get("records")) {
            out.add(r.get("deleted").asBoolean() ? "tombstone:" + r.get("recordName").asText() : r.get("recordType").asText());
        }
        return out;
    }

    @Test
    void withoutATokenTheWholeHistoryComesAndAnEmptyTokenMeansCaughtUp() {
        JsonNode all = changes(null);
        assertThat(types(all)).contains("CPLMaster", "CPLAsset", "CPLAlbum");
        assertThat(all.get("moreComing").asBoolean()).isFalse();
        JsonNode none = changes("\"\"");
        assertThat(none.get("records")).isEmpty();
        assertThat(none.get("syncToken").asText()).isEqualTo(all.get("syncToken").asText());
        assertThat(changes(all.get("syncToken").asText()).get("records")).isEmpty();
    }

    @Test
    void trashingChangesMasterAndAssetAndRestoringClearsIsDeleted() {
        String t = head();
        lib.trash(photo.recordName());
        JsonNode z = changes(t);
        assertThat(types(z)).containsExactly("CPLMaster", "CPLAsset");
        JsonNode asset = z.get("records").get(1);
        assertThat(asset.at("/fields/isDeleted/value").asInt()).isEqualTo(1);
        assertThat(asset.at("/fields/dateExpunged/value").asLong()).isGreaterThan(lib.now() + 29L * 86_400_000);
        assertThat(z.get("records").get(0).at("/fields/isDeleted/value").asInt()).isEqualTo(1);

        String t2 = z.get("syncToken").asText();
        lib.restore(photo.recordName());
        JsonNode back = changes(t2);
        assertThat(types(back)).containsExactly("CPLMaster", "CPLAsset");
        assertThat(back.get("records").get(1).at("/fields/isDeleted").has("value")).isTrue();
        assertThat(back.get("records").get(1).at("/fields/isDeleted/value").isNull()).isTrue();
    }

    @Test
    void favouritesHidingAndEditsChangeOnlyTheAsset() {
        String t = head();
        lib.favorite(photo.recordName(), true);
        assertThat(types(changes(t))).containsExactly("CPLAsset");
        t = head();
        lib.hide(photo.recordName(), true);
        assertThat(types(changes(t))).containsExactly("CPLAsset");
        t = head();
        lib.edit(photo.recordName());
        JsonNode z = changes(t);
        assertThat(types(z)).containsExactly("CPLAsset");
        assertThat(z.at("/records/0/fields/adjustmentType/value").asText()).isEqualTo("com.apple.photo");
        assertThat(z.at("/records/0/fields/resJPEGFullRes/value/fileChecksum").asText()).hasSize(28);
    }

    @Test
    void albumMembershipIsARelationPlusTheAlbumAndRemovalATombstone() {
        String t = head();
        lib.addToAlbum(photo.recordName(), album.recordName());
        assertThat(types(changes(t))).containsExactly("CPLContainerRelation", "CPLAlbum");
        t = head();
        lib.removeFromAlbum(photo.recordName(), album.recordName());
        JsonNode z = changes(t);
        assertThat(types(z)).containsExactly("tombstone:" + photo.recordName() + "-IN-" + album.recordName(), "CPLAlbum");
        assertThat(z.at("/records/0/recordType").isNull()).isTrue();
    }

    @Test
    void albumRenamesMovesAndDeletesChangeTheAlbum() {
        Album folder = lib.createAlbum(null, "Folder", true, null);
        String t = head();
        lib.renameAlbum(album.recordName(), "Renamed/Twice");
        lib.moveAlbum(album.recordName(), folder.recordName());
        JsonNode z = changes(t);
        assertThat(types(z)).containsExactly("CPLAlbum");
        assertThat(z.at("/records/0/fields/parentId/value").asText()).isEqualTo(folder.recordName());
        t = head();
        lib.deleteAlbum(folder.recordName());
        JsonNode d = changes(t);
        assertThat(types(d)).containsExactly("CPLAlbum", "CPLAlbum");
        assertThat(d.get("records")).allSatisfy(r -> assertThat(r.at("/fields/isDeleted/value").asInt()).isEqualTo(1));
    }

    @Test
    void purgingLeavesTombstonesForAssetMembershipsAndAnUnusedMaster() {
        lib.addToAlbum(photo.recordName(), album.recordName());
        String t = head();
        lib.purge(photo.recordName());
        assertThat(types(changes(t))).containsExactly(
                "tombstone:" + photo.recordName() + "-IN-" + album.recordName(),
                "tombstone:" + photo.recordName(),
                "tombstone:" + photo.master().recordName());
        assertThat(types(changes(null))).contains("tombstone:" + photo.recordName());
    }

    @Test
    void expiredTrashIsPurgedOnceTheClockPassesDateExpunged() {
        lib.trash(photo.recordName());
        String t = head();
        fake.clock().advance(java.time.Duration.ofDays(31));
        client.signIn(fake.sessions().open(fake.account(dev.orchard.fake.FakeConfig.DEMO_APPLE_ID), null));
        assertThat(types(changes(t))).contains("tombstone:" + photo.recordName());
    }

    @Test
    void pagesHoldAtMost200RecordsAndEachTokenResumes() {
        List<AssetSpec> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) many.add(AssetSpec.of(AssetKind.PHOTO));
        lib.addAssets(many);
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        while (true) {
            String t = token == null ? "" : ",\"syncToken\":\"" + token + "\"";
            JsonNode z = client.privateDb("changes/zone", "{\"zones\":[{\"zoneID\":{\"zoneName\":\"PrimarySync\"}" + t + "}],\"resultsLimit\":5000}")
                    .get("zones").get(0);
            assertThat(z.get("records").size()).isLessThanOrEqualTo(200);
            z.get("records").forEach(r -> seen.add(r.get("recordName").asText()));
            token = z.get("syncToken").asText();
            pages++;
            if (!z.get("moreComing").asBoolean()) break;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThan(300);
    }

    @Test
    void aScanLimitGivesEmptyPagesWithMoreComingOverSupersededEntries() {
        String t = head();
        for (int i = 0; i < 30; i++) lib.favorite(photo.recordName(), i % 2 == 0);
        fake.photos().settings().changesScanLimit(5);
        try {
            int empty = 0;
            List<String> seen = new ArrayList<>();
            while (true) {
                JsonNode z = changes(t);
                if (z.get("records").isEmpty() && z.get("moreComing").asBoolean()) empty++;
                z.get("records").forEach(r -> seen.add(r.get("recordName").asText()));
                t = z.get("syncToken").asText();
                if (!z.get("moreComing").asBoolean()) break;
            }
            assertThat(empty).isGreaterThan(3);
            assertThat(seen).containsExactly(photo.recordName());
        } finally {
            fake.photos().settings().changesScanLimit(Integer.MAX_VALUE);
        }
    }

    @Test
    void badTokensAnswer200WithAPerZoneError() {
        JsonNode garbage = changes("bm90IGEgdG9rZW4=");
        assertThat(garbage.get("serverErrorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(garbage.get("reason").asText()).isEqualTo("Unknown sync continuation type");
        String good = head();
        JsonNode truncated = changes(good.substring(0, 16));
        assertThat(truncated.get("reason").asText()).isEqualTo("Invalid continuation format");
        JsonNode zone = client.privateDb("changes/zone", "{\"zones\":[{\"zoneID\":{\"zoneName\":\"SharedSync\"}}]}").get("zones").get(0);
        assertThat(zone.get("serverErrorCode").asText()).isEqualTo("ZONE_NOT_FOUND");
    }

    @Test
    void aQuerySyncTokenIsAZoneTokenForChangesZone() {
        JsonNode q = client.privateDb("records/query", PhotosClient.listQuery(QueryTest.ALL, 0, "ASCENDING", 200, "PrimarySync"));
        lib.favorite(photo.recordName(), true);
        assertThat(types(changes(q.get("syncToken").asText()))).containsExactly("CPLAsset");
    }

    @Test
    void changesDatabaseListsOnlyZonesChangedSinceItsToken() {
        JsonNode first = client.privateDb("changes/database", "{}");
        assertThat(first.get("zones")).hasSize(2);
        String dbToken = first.get("syncToken").asText();
        assertThat(client.privateDb("changes/database", "{\"syncToken\":\"" + dbToken + "\"}").get("zones")).isEmpty();
        lib.favorite(photo.recordName(), true);
        JsonNode after = client.privateDb("changes/database", "{\"syncToken\":\"" + dbToken + "\"}");
        assertThat(after.get("zones")).extracting(z -> z.at("/zoneID/zoneName").asText()).containsExactly("PrimarySync");
        assertThat(after.at("/zones/0/zoneID/zoneType").asText()).isEqualTo("REGULAR_CUSTOM_ZONE");
    }
}

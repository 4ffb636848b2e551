package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.IndexKey;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Zone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.orchard.fake.photos.PhotosClient.listQuery;
import static dev.orchard.fake.photos.PhotosClient.ofType;
import static dev.orchard.fake.photos.PhotosClient.stringFilter;
import static org.assertj.core.api.Assertions.assertThat;

class QueryTest extends FakePhotosTestBase {
    static final String ALL = "CPLAssetAndMasterByAssetDateWithoutHiddenOrDeleted";
    static PhotoLibrary lib;

    @BeforeAll
    static void library() {
        lib = fake.photos().generate(260);
    }


    static int allPhotos() {
        return lib.read(() -> lib.primary().index(IndexKey.of(IndexKey.Kind.ALL)).size());
    }

    @Test
    void pagesHoldAtMost200RecordsMastersFirstThenAssetsPairedWithinThePage() {
        JsonNode page = client.privateDb("records/query", listQuery(ALL, 0, "ASCENDING", 500, "PrimarySync"));
        JsonNode records = page.get("records");
        assertThat(records).hasSize(200);
        for (int i = 0; i < 100; i++) {
            assertThat(records.get(i).get("recordType").asText()).isEqualTo("CPLMaster");
            assertThat(records.get(100 + i).get("recordType").asText()).isEqualTo("CPLAsset");
            assertThat(records.get(100 + i).at("/fields/masterRef/value/recordName").asText())
                    .isEqualTo(records.get(i).get("recordName").asText());
        }
        assertThat(page.has("continuationMarker")).isTrue();
        assertThat(page.get("syncToken").asText()).isNotEmpty();
    }

    @Test
    void rankZeroIsTheNewestAssetAndRanksCountAssetsNotRecords() {
        List<JsonNode> first = ofType(client.privateDb("records/query", listQuery(ALL, 0, "ASCENDING", 20, "PrimarySync")), "CPLAsset");
        List<JsonNode> second = ofType(client.privateDb("records/query", listQuery(ALL, 10, "ASCENDING", 20, "PrimarySync")), "CPLAsset");
        assertThat(first).hasSize(10);
        List<Long> dates = new ArrayList<>();
        for (JsonNode a : first) dates.add(a.at("/fields/assetDate/value").asLong());
        for (JsonNode a : second) dates.add(a.at("/fields/assetDate/value").asLong());
        assertThat(dates).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        long newest = lib.read(() -> lib.primary().assets().stream().filter(a -> !a.hidden() && !a.trashed())
                .mapToLong(Asset::assetDate).max().orElseThrow());
        assertThat(dates.get(0)).isEqualTo(newest);
    }

    @Test
    void oddLimitsAndAlbumTriplesRoundDownToWholeAssets() {
        assertThat(client.privateDb("records/query", listQuery(ALL, 0, "ASCENDING", 199, "PrimarySync")).get("records")).hasSize(198);
        String album = lib.read(() -> lib.primary().albums().stream().filter(a -> !a.special() && a.members().size() > 2)
                .findFirst().orElseThrow().recordName());
        JsonNode page = client.privateDb("records/query", listQuery("CPLContainerRelationLiveByAssetDate", 0, "ASCENDING", 6,
                "PrimarySync", stringFilter("parentId", album)));
        assertThat(page.get("records")).hasSize(6);
        assertThat(ofType(page, "CPLContainerRelation")).hasSize(2);
        assertThat(page.get("records").get(4).get("recordType").asText()).isEqualTo("CPLContainerRelation");
    }

    @Test
    void pagingByRankAndByContinuationMarkerSeeEveryVisibleAssetOnce() {
        List<String> byRank = client.listAll(ALL, "PrimarySync");
        assertThat(byRank).hasSize(allPhotos()).doesNotHaveDuplicates();
        List<String> byMarker = new ArrayList<>();
        String body = listQuery(ALL, 0, "ASCENDING", 66, "PrimarySync");
        while (true) {
            JsonNode page = client.privateDb("records/query", body);
            ofType(page, "CPLAsset").forEach(a -> byMarker.add(a.get("recordName").asText()));
            if (!page.has("continuationMarker")) break;
            body = body.substring(0, body.length() - 1) + ",\"continuationMarker\":\"" + page.get("continuationMarker").asText() + "\"}";
        }
        assertThat(byMarker).isEqualTo(byRank);
    }

    @Test
    void withTheStraddleQuirkPairsCrossPagesButEveryAssetStillComes() {
        List<String> expected = client.listAll(ALL, "PrimarySync");
        fake.photos().settings().listingQuirk(PhotosSettings.ListingQuirk.STRADDLE);
        try {
            Set<String> masters = new HashSet<>();
            List<String> assets = new ArrayList<>();
            int straddling = 0;
            for (long rank = 0; ; ) {
                JsonNode page = client.privateDb("records/query", listQuery(ALL, rank, "ASCENDING", 40, "PrimarySync"));
                assertThat(page.get("records").size()).isLessThanOrEqualTo(40);
                Set<String> pageMasters = new HashSet<>();
                ofType(page, "CPLMaster").forEach(m -> pageMasters.add(m.get("recordName").asText()));
                for (JsonNode a : ofType(page, "CPLAsset")) {
                    assets.add(a.get("recordName").asText());
                    if (!pageMasters.contains(a.at("/fields/masterRef/value/recordName").asText())) straddling++;
                }
                masters.addAll(pageMasters);
                if (pageMasters.isEmpty() && ofType(page, "CPLMaster").isEmpty()) break;
                rank += ofType(page, "CPLMaster").size();
            }
            assertThat(straddling).isGreaterThan(1);
            assertThat(assets).containsExactlyElementsOf(expected);
        } finally {
            fake.photos().settings().listingQuirk(PhotosSettings.ListingQuirk.NONE);
        }
    }

    @Test
    void withTheOverlapQuirkPagesRepeatAnEntryButTogetherCoverAll() {
        List<String> expected = client.listAll(ALL, "PrimarySync");
        fake.photos().settings().listingQuirk(PhotosSettings.ListingQuirk.OVERLAP);
        try {
            List<String> got = client.listAll(ALL, "PrimarySync");
            assertThat(got).hasSizeGreaterThan(expected.size());
            assertThat(new HashSet<>(got)).isEqualTo(new HashSet<>(expected));
        } finally {
            fake.photos().settings().listingQuirk(PhotosSettings.ListingQuirk.NONE);
        }
    }

    @Test
    void withTheMissingAssetsQuirkSomeMastersComeAlone() {
        List<String> expected = client.listAll(ALL, "PrimarySync");
        fake.photos().settings().listingQuirk(PhotosSettings.ListingQuirk.MISSING_ASSETS);
        try {
            JsonNode page = client.privateDb("records/query", listQuery(ALL, 0, "ASCENDING", 200, "PrimarySync"));
            assertThat(ofType(page, "CPLMaster")).hasSize(100);
            assertThat(ofType(page, "CPLAsset")).hasSize(98);
            assertThat(client.listAll(ALL, "PrimarySync")).hasSize(expected.size() - expected.size() / 50).isSubsetOf(expected);
        } finally {
            fake.photos().settings().listingQuirk(PhotosSettings.ListingQuirk.NONE);
        }
    }

    @Test
    void descendingWalksFromTheStartRankBackTowardTheNewest() {
        List<String> all = client.listAll(ALL, "PrimarySync");
        int last = all.size() - 1;
        List<JsonNode> page = ofType(client.privateDb("records/query", listQuery(ALL, last, "DESCENDING", 10, "PrimarySync")), "CPLAsset");
        assertThat(page).extracting(a -> a.get("recordName").asText())
                .containsExactly(all.get(last), all.get(last - 1), all.get(last - 2), all.get(last - 3), all.get(last - 4));
    }

    @Test
    void everyListTypeSelectsItsAssets() {
        assertThat(client.listAll("CPLAssetAndMasterHiddenByAssetDate", "PrimarySync")).containsExactlyInAnyOrderElementsOf(
                names(a -> a.hidden() && !a.trashed()));
        assertThat(client.listAll("CPLAssetAndMasterDeletedByExpungedDate", "PrimarySync")).containsExactlyInAnyOrderElementsOf(
                names(Asset::trashed)).isNotEmpty();
        assertThat(client.listAll("CPLAssetAndMasterByAddedDate", "PrimarySync")).hasSize(allPhotos());
        assertThat(client.listAll("CPLBurstStackAssetAndMasterByAssetDate", "PrimarySync")).hasSize(3);
        String[][] smart = {{"FAVORITE", "favorite"}, {"VIDEO", "video"}, {"LIVE", "live"}, {"SCREENSHOT", "s"},
                {"PANORAMA", "p"}, {"SLOMO", "p"}, {"TIMELAPSE", "t"}};
        for (String[] s : smart) {
            List<String> got = client.listAll("CPLAssetAndMasterInSmartAlbumByAssetDate", "PrimarySync", stringFilter("smartAlbum", s[0]));
            assertThat(got).as(s[0]).isNotEmpty();
        }
        assertThat(client.listAll("CPLAssetAndMasterInSmartAlbumByAssetDate", "PrimarySync", stringFilter("smartAlbum", "FAVORITE")))
                .containsExactlyInAnyOrderElementsOf(names(a -> a.favorite() && !a.hidden() && !a.trashed()));
    }

    @Test
    void albumMembersComeAsTriplesInDateOrPositionOrder() {
        String album = lib.read(() -> lib.primary().albums().stream().filter(a -> !a.special() && a.members().size() > 3)
                .findFirst().orElseThrow().recordName());
        Set<String> members = lib.read(() -> {
            Set<String> s = new HashSet<>();
            lib.primary().find(album);
            ((dev.orchard.fake.photos.library.Album) lib.primary().find(album)).members().stream()
                    .filter(r -> !r.asset().hidden() && !r.asset().trashed()).forEach(r -> s.add(r.asset().recordName()));
            return s;
        });
        for (String type : List.of("CPLContainerRelationLiveByAssetDate", "CPLContainerRelationLiveByPosition")) {
            JsonNode page = client.privateDb("records/query", listQuery(type, 0, "ASCENDING", 198, "PrimarySync",
                    stringFilter("parentId", album)));
            assertThat(ofType(page, "CPLAsset")).extracting(a -> a.get("recordName").asText()).containsExactlyInAnyOrderElementsOf(members);
            for (JsonNode rel : ofType(page, "CPLContainerRelation")) {
                assertThat(rel.get("recordName").asText()).endsWith("-IN-" + album);
                assertThat(rel.at("/fields/containerId/value").asText()).isEqualTo(album);
            }
        }
        JsonNode count = client.privateDb("records/query", countQuery("CPLContainerRelationNotDeletedByAssetDate:" + album, true));
        assertThat(count.at("/records/0/fields/itemCount/value").asInt()).isEqualTo(members.size());
    }

    @Test
    void countsMatchListingsInBothFormsAndBothFilterShapes() {
        JsonNode plain = client.privateDb("records/query", countQuery("CPLAssetByAssetDateWithoutHiddenOrDeleted", true));
        assertThat(plain.at("/records/0/fields/itemCount/value").asInt()).isEqualTo(allPhotos());
        assertThat(plain.at("/records/0/recordType").asText()).isEqualTo("IndexCountResult");
        String batch = "{\"batch\":[{\"resultsLimit\":1,\"query\":{\"recordType\":\"HyperionIndexCountLookup\",\"filterBy\":"
                + "{\"fieldName\":\"indexCountID\",\"comparator\":\"IN\",\"fieldValue\":{\"type\":\"STRING_LIST\",\"value\":"
                + "[\"CPLAssetByAssetDateWithoutHiddenOrDeleted\"]}}},\"zoneWide\":true,\"zoneID\":{\"zoneName\":\"PrimarySync\"}},"
                + countQuery("CPLAssetInSmartAlbumByAssetDate:Favorite", false) + "]}";
        JsonNode r = client.privateDb("internal/records/query/batch", batch);
        assertThat(r.at("/batch/0/records/0/fields/itemCount/value").asInt()).isEqualTo(allPhotos());
        assertThat(r.at("/batch/0/syncToken").asText()).isNotEmpty();
        assertThat(r.at("/batch/1/records/0/fields/itemCount/value").asInt())
                .isEqualTo(names(a -> a.favorite() && !a.hidden() && !a.trashed()).size());
    }

    static String countQuery(String id, boolean asArray) {
        String filter = "{\"fieldName\":\"indexCountID\",\"comparator\":\"IN\",\"fieldValue\":{\"type\":\"STRING_LIST\",\"value\":[\"" + id + "\"]}}";
        return "{\"query\":{\"recordType\":\"HyperionIndexCountLookup\",\"filterBy\":" + (asArray ? "[" + filter + "]" : filter)
                + "},\"zoneID\":{\"zoneName\":\"PrimarySync\"}}";
    }

    @Test
    void desiredKeysProjectFieldsButKeepTheEnvelope() {
        String body = listQuery(ALL, 0, "ASCENDING", 4, "PrimarySync");
        body = body.substring(0, body.length() - 1) + ",\"desiredKeys\":[\"resOriginalRes\",\"filenameEnc\",\"masterRef\",\"isFavorite\"]}";
        JsonNode page = client.privateDb("records/query", body);
        JsonNode master = ofType(page, "CPLMaster").get(0);
        JsonNode asset = ofType(page, "CPLAsset").get(0);
        assertThat(names(master.get("fields"))).isSubsetOf("resOriginalRes", "filenameEnc").contains("resOriginalRes");
        assertThat(names(asset.get("fields"))).containsExactlyInAnyOrder("masterRef", "isFavorite");
        assertThat(asset.has("recordChangeTag") && asset.has("modified") && asset.has("zoneID")).isTrue();
        JsonNode full = ofType(client.privateDb("records/query", listQuery(ALL, 0, "ASCENDING", 2, "PrimarySync")), "CPLMaster").get(0);
        assertThat(names(full.get("fields"))).contains("resOriginalFileType", "resJPEGThumbRes", "itemType");
    }

    static List<String> names(JsonNode obj) {
        return PhotosClientFieldNames.of(obj);
    }

    @Test
    void theSyncTokenComesOnlyWhenAskedFor() {
        String body = listQuery(ALL, 0, "ASCENDING", 2, "PrimarySync");
        assertThat(client.call("private", "records/query", "remapEnums=True", body).json().has("syncToken")).isFalse();
        assertThat(client.call("private", "records/query", "getCurrentSyncToken=true", body).json().has("syncToken")).isTrue();
        assertThat(client.call("private", "records/query", "getCurrentSyncToken=True", body).json().has("syncToken")).isTrue();
    }

    @Test
    void plainRecordTypesAreNotIndexable() {
        PhotosClient.Reply r = client.call("private", "records/query", null,
                "{\"query\":{\"recordType\":\"CPLMaster\"},\"zoneID\":{\"zoneName\":\"PrimarySync\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("serverErrorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(r.json().get("reason").asText()).isEqualTo("Type is not marked indexable: CPLMaster");
    }

    @Test
    void indexingStateFollowsTheKnob() {
        String q = "{\"query\":{\"recordType\":\"CheckIndexingState\"},\"zoneID\":{\"zoneName\":\"PrimarySync\"}}";
        assertThat(client.privateDb("records/query", q).at("/records/0/fields/state/value").asText()).isEqualTo("FINISHED");
        fake.photos().settings().indexing("RUNNING", 40);
        try {
            JsonNode r = client.privateDb("records/query", q);
            assertThat(r.at("/records/0/fields/state/value").asText()).isEqualTo("RUNNING");
            assertThat(r.at("/records/0/fields/progress/value").asInt()).isEqualTo(40);
        } finally {
            fake.photos().settings().indexing("FINISHED", 100);
        }
    }

    @Test
    void albumTreeListsALevelAtATime() {
        JsonNode root = client.privateDb("records/query", "{\"query\":{\"recordType\":\"CPLAlbumByPositionLive\"},\"zoneID\":{\"zoneName\":\"PrimarySync\"}}");
        List<String> rootNames = new ArrayList<>();
        String travel = null;
        for (JsonNode a : root.get("records")) {
            rootNames.add(a.get("recordName").asText());
            assertThat(a.at("/fields/parentId").isMissingNode()).isTrue();
            if (decoded(a).equals("Travel")) travel = a.get("recordName").asText();
        }
        assertThat(rootNames).contains("----Root-Folder----", "----Project-Root-Folder----");
        JsonNode children = client.privateDb("records/query", "{\"query\":{\"recordType\":\"CPLAlbumByPositionLive\",\"filterBy\":["
                + stringFilter("parentId", travel) + "]},\"zoneID\":{\"zoneName\":\"PrimarySync\"}}");
        List<String> childNames = new ArrayList<>();
        for (JsonNode c : children.get("records")) childNames.add(decoded(c));
        assertThat(childNames).containsExactlyInAnyOrder("2024", "Road trip");
    }

    static String decoded(JsonNode album) {
        JsonNode enc = album.at("/fields/albumNameEnc/value");
        return enc.isMissingNode() ? "" : new String(java.util.Base64.getDecoder().decode(enc.asText()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theSharedLibraryZoneIsListedInPrivateAndQueryableThroughBothDatabases() {
        Zone shared = lib.sharedZone();
        JsonNode zones = client.privateDb("zones/list", "{}");
        assertThat(zones.get("zones")).extracting(z -> z.at("/zoneID/zoneName").asText()).containsExactly("PrimarySync", shared.name());
        assertThat(client.ck("shared", "zones/list", "{}").get("zones")).isEmpty();
        String q = listQuery(ALL, 0, "ASCENDING", 200, shared.name());
        int viaPrivate = ofType(client.ck("private", "records/query", q), "CPLAsset").size();
        int viaShared = ofType(client.ck("shared", "records/query", q), "CPLAsset").size();
        assertThat(viaPrivate).isEqualTo(viaShared).isPositive();
        PhotosClient.Reply primaryViaShared = client.call("shared", "records/query", null, listQuery(ALL, 0, "ASCENDING", 2, "PrimarySync"));
        assertThat(primaryViaShared.json().get("serverErrorCode").asText()).isEqualTo("ZONE_NOT_FOUND");
    }

    @Test
    void lookupReturnsRecordsByNameAndNotFoundForTheRest() {
        String asset = client.listAll(ALL, "PrimarySync").get(0);
        JsonNode r = client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + asset + "\"},{\"recordName\":\"nope\"}],"
                + "\"zoneID\":{\"zoneName\":\"PrimarySync\"}}");
        assertThat(r.at("/records/0/recordType").asText()).isEqualTo("CPLAsset");
        assertThat(r.at("/records/1/serverErrorCode").asText()).isEqualTo("NOT_FOUND");
    }

    static List<String> names(java.util.function.Predicate<Asset> p) {
        return lib.read(() -> lib.primary().assets().stream().filter(p).map(Asset::recordName).toList());
    }
}

package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Relation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** records/modify as docs/protocol/photos.md §8 describes it. */
class ModifyTest extends FakePhotosTestBase {
    PhotoLibrary lib;
    Asset photo;
    Asset other;



    @BeforeEach
    void freshLibrary() {
        lib = fake.photos().generate(0);
        photo = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("a.jpg"));
        other = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("b.jpg"));
    }

    @AfterEach
    void strictAgain() {
        fake.photos().settings().strictChangeTags(true);
    }

    static String update(Asset a, String tag, String fields) {
        return "{\"operationType\":\"update\",\"record\":{\"recordName\":\"" + a.recordName() + "\",\"recordType\":\"CPLAsset\","
                + (tag == null ? "" : "\"recordChangeTag\":\"" + tag + "\",") + "\"fields\":" + fields + "}}";
    }

    static String modify(boolean atomic, String... ops) {
        return "{\"atomic\":" + atomic + ",\"zoneID\":{\"zoneName\":\"PrimarySync\"},\"operations\":[" + String.join(",", ops) + "]}";
    }

    @Test
    void softDeleteMovesTheAssetToRecentlyDeletedWithApplesExpiry() {
        long now = lib.now();
        JsonNode r = client.privateDb("records/modify", "{\"atomic\":true,\"desiredKeys\":[\"isDeleted\"],\"zoneID\":{\"zoneName\":\"PrimarySync\"},"
                + "\"operations\":[" + update(photo, photo.changeTag(), "{\"isDeleted\":{\"value\":1}}") + "]}");
        JsonNode rec = r.at("/records/0");
        assertThat(rec.at("/fields/isDeleted/value").asInt()).isEqualTo(1);
        assertThat(PhotosClientFieldNames.of(rec.get("fields"))).containsExactly("isDeleted");
        assertThat(rec.get("recordChangeTag").asText()).isNotEqualTo(photo.recordName());
        long expiration = rec.get("expirationTime").asLong();
        assertThat(expiration).isBetween(now / 1000 + 40L * 86400 - 5, now / 1000 + 40L * 86400 + 60);
        assertThat(r.has("syncToken")).isTrue();
        assertThat(photo.trashed()).isTrue();
        assertThat(photo.master().trashed()).isTrue();
        assertThat(photo.dateExpunged()).isBetween(now + 30L * 86_400_000 - 5000, now + 30L * 86_400_000 + 60_000);
        assertThat(client.listAll(QueryTest.ALL, "PrimarySync")).containsExactly(other.recordName());
        assertThat(client.listAll("CPLAssetAndMasterDeletedByExpungedDate", "PrimarySync")).containsExactly(photo.recordName());
    }

    @Test
    void restoringAndHardDeletingGoThroughModifyToo() {
        lib.trash(photo.recordName());
        client.privateDb("records/modify", modify(true, update(photo, photo.changeTag(), "{\"isDeleted\":{\"value\":0}}")));
        assertThat(photo.trashed()).isFalse();
        assertThat(photo.master().trashed()).isFalse();
        JsonNode r = client.privateDb("records/modify", modify(true, "{\"operationType\":\"forceDelete\",\"record\":{\"recordName\":\""
                + other.recordName() + "\"}}"));
        assertThat(r.at("/records/0/deleted").asBoolean()).isTrue();
        assertThat(lib.primary().find(other.recordName())).isNull();
        assertThat(lib.primary().find(other.master().recordName())).isNull();
    }

    @Test
    void favouriteAndHideUpdateTheAsset() {
        client.privateDb("records/modify", modify(true, update(photo, photo.changeTag(), "{\"isFavorite\":{\"value\":1}}"),
                update(other, other.changeTag(), "{\"isHidden\":{\"value\":1}}")));
        assertThat(photo.favorite()).isTrue();
        assertThat(other.hidden()).isTrue();
        assertThat(client.listAll("CPLAssetAndMasterHiddenByAssetDate", "PrimarySync")).containsExactly(other.recordName());
    }

    @Test
    void changeTagsAreStrictByDefaultForStaleAndMissingTagsAndLenientModeIgnoresThem() {
        String stale = photo.changeTag();
        lib.favorite(photo.recordName(), true);
        Asset third = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("c.jpg"));
        JsonNode r = client.privateDb("records/modify", modify(false, update(photo, stale, "{\"isDeleted\":{\"value\":1}}"),
                update(other, other.changeTag(), "{\"isFavorite\":{\"value\":1}}"),
                update(third, null, "{\"isDeleted\":{\"value\":1}}")));
        assertThat(r.at("/records/0/serverErrorCode").asText()).isEqualTo("CONFLICT");
        assertThat(r.at("/records/0/reason").asText()).isEqualTo("client oplock error updating record");
        assertThat(r.at("/records/0/recordName").asText()).isEqualTo(photo.recordName());
        assertThat(r.at("/records/1/recordType").asText()).isEqualTo("CPLAsset");
        assertThat(r.at("/records/2/serverErrorCode").asText()).isEqualTo("CONFLICT");
        assertThat(photo.trashed()).isFalse();
        assertThat(third.trashed()).isFalse();
        assertThat(other.favorite()).isTrue();
        fake.photos().settings().strictChangeTags(false);
        client.privateDb("records/modify", modify(true, update(photo, "21h2", "{\"isDeleted\":{\"value\":1}}")));
        assertThat(photo.trashed()).isTrue();
    }

    @Test
    void anAtomicRequestWithABadOperationChangesNothing() {
        JsonNode r = client.privateDb("records/modify", modify(true, update(photo, photo.changeTag(), "{\"isFavorite\":{\"value\":1}}"),
                "{\"operationType\":\"update\",\"record\":{\"recordName\":\"NO-SUCH-ASSET\",\"recordType\":\"CPLAsset\",\"fields\":{}}}"));
        assertThat(r.at("/records/0/serverErrorCode").asText()).isEqualTo("ATOMIC_ERROR");
        assertThat(r.at("/records/1/serverErrorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(photo.favorite()).isFalse();
    }

    @Test
    void albumsAreCreatedRenamedFilledEmptiedAndDeleted() {
        String albumId = "A1B2C3D4-0000-4000-8000-000000000001";
        String create = "{\"operationType\":\"create\",\"record\":{\"recordName\":\"" + albumId + "\",\"recordType\":\"CPLAlbum\","
                + "\"fields\":{\"albumNameEnc\":{\"value\":\"" + b64("Trip/2024") + "\"},\"albumType\":{\"value\":0},"
                + "\"isDeleted\":{\"value\":0},\"isExpunged\":{\"value\":0},\"position\":{\"value\":1024},\"sortAscending\":{\"value\":1},"
                + "\"sortType\":{\"value\":1}}}}";
        String relation = "{\"operationType\":\"create\",\"record\":{\"recordName\":\"" + photo.recordName() + "-IN-" + albumId
                + "\",\"recordType\":\"CPLContainerRelation\",\"fields\":{\"itemId\":{\"value\":\"" + photo.recordName()
                + "\"},\"containerId\":{\"value\":\"" + albumId + "\"},\"position\":{\"value\":1024}}}}";
        JsonNode r = client.privateDb("records/modify", modify(true, create, relation));
        assertThat(r.at("/records/0/recordType").asText()).isEqualTo("CPLAlbum");
        assertThat(r.at("/records/1/recordType").asText()).isEqualTo("CPLContainerRelation");
        Album album = (Album) lib.primary().find(albumId);
        assertThat(album.name()).isEqualTo("Trip/2024");
        assertThat(album.members()).extracting(Relation::asset).containsExactly(photo);

        client.privateDb("records/modify", modify(true, "{\"operationType\":\"update\",\"record\":{\"recordName\":\"" + albumId
                + "\",\"recordType\":\"CPLAlbum\",\"recordChangeTag\":\"" + album.changeTag() + "\",\"fields\":{\"albumNameEnc\":{\"value\":\"" + b64("Renamed") + "\"}}}}"));
        assertThat(album.name()).isEqualTo("Renamed");

        JsonNode removed = client.privateDb("records/modify", modify(true, "{\"operationType\":\"forceDelete\",\"record\":{\"recordName\":\""
                + photo.recordName() + "-IN-" + albumId + "\"}}"));
        assertThat(removed.at("/records/0/deleted").asBoolean()).isTrue();
        assertThat(album.members()).isEmpty();

        client.privateDb("records/modify", modify(true, "{\"operationType\":\"update\",\"record\":{\"recordName\":\"" + albumId
                + "\",\"recordType\":\"CPLAlbum\",\"recordChangeTag\":\"" + album.changeTag() + "\",\"fields\":{\"isDeleted\":{\"value\":1}}}}"));
        assertThat(album.deleted()).isTrue();
    }

    @Test
    void aRelationToAMissingAlbumIsAReferenceError() {
        JsonNode r = client.privateDb("records/modify", modify(false, "{\"operationType\":\"create\",\"record\":{\"recordName\":\""
                + photo.recordName() + "-IN-NOPE\",\"recordType\":\"CPLContainerRelation\",\"fields\":{\"itemId\":{\"value\":\""
                + photo.recordName() + "\"},\"containerId\":{\"value\":\"NOPE\"}}}}"));
        assertThat(r.at("/records/0/serverErrorCode").asText()).isEqualTo("VALIDATING_REFERENCE_ERROR");
    }

    @Test
    void injectedCasOpLockFailsTheNextModifyInA200Body() {
        fake.photos().settings().failModifies(1, null);
        PhotosClient.Reply r = client.call("private", "records/modify", null,
                modify(true, update(photo, photo.changeTag(), "{\"isFavorite\":{\"value\":1}}")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("serverErrorCode").asText()).isEqualTo("TRY_AGAIN_LATER");
        assertThat(r.json().get("reason").asText()).contains("CAS Op-Lock");
        assertThat(photo.favorite()).isFalse();
        client.privateDb("records/modify", modify(true, update(photo, photo.changeTag(), "{\"isFavorite\":{\"value\":1}}")));
        assertThat(photo.favorite()).isTrue();
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}

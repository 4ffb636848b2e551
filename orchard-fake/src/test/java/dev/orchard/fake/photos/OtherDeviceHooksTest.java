package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The race an archive must survive: between its records/lookup and its records/modify, another device
 * favourites or edits the asset. The hooks (Java and admin HTTP) make that happen at exactly that moment.
 */
class OtherDeviceHooksTest extends FakePhotosTestBase {
    PhotoLibrary lib;
    Asset photo;

    @BeforeEach
    void freshLibrary() {
        lib = fake.photos().generate(0);
        photo = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("race.jpg"));
    }

    @AfterEach
    void noHookLeft() {
        fake.photos().hooks().clear();
    }

    JsonNode lookup() {
        return client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + photo.recordName()
                + "\"}],\"zoneID\":{\"zoneName\":\"PrimarySync\"}}").at("/records/0");
    }

    JsonNode trashWithTag(String tag) {
        return client.privateDb("records/modify", ModifyTest.modify(true,
                ModifyTest.update(photo, tag, "{\"isDeleted\":{\"value\":1}}"))).at("/records/0");
    }

    @Test
    void aFavouriteJustBeforeTheModifyMakesTheLookedUpTagStale() {
        fake.photos().hooks().beforeNextModify("favourite", l -> l.favorite(photo.recordName(), true));
        JsonNode looked = lookup();
        assertThat(looked.at("/fields/isFavorite/value").asInt()).isZero();
        assertThat(photo.favorite()).as("nothing happens before the modify").isFalse();

        JsonNode answer = trashWithTag(looked.get("recordChangeTag").asText());
        assertThat(answer.get("serverErrorCode").asText()).isEqualTo("CONFLICT");
        assertThat(photo.favorite()).isTrue();
        assertThat(photo.trashed()).isFalse();
        assertThat(fake.photos().hooks().pending()).isEmpty();

        JsonNode again = lookup();
        assertThat(again.at("/fields/isFavorite/value").asInt()).isEqualTo(1);
        assertThat(trashWithTag(again.get("recordChangeTag").asText()).at("/fields/isDeleted/value").asInt())
                .as("the hook ran once only").isEqualTo(1);
    }

    @Test
    void anEditAfterTheSecondLookupGivesNewResourcesAndANewTag() {
        fake.photos().hooks().afterLookup(2, "edit", l -> l.edit(photo.recordName()));
        JsonNode first = lookup();
        JsonNode second = lookup();
        assertThat(second.at("/fields").has("resJPEGFullRes")).as("the second answer still shows the state before").isFalse();
        assertThat(second.get("recordChangeTag").asText()).isEqualTo(first.get("recordChangeTag").asText());
        assertThat(photo.edit()).as("the edit is done before the client has the answer").isNotNull();

        JsonNode third = lookup();
        assertThat(third.at("/fields/adjustmentType/value").asText()).isEqualTo("com.apple.photo");
        assertThat(third.at("/fields/resJPEGFullRes/value/fileChecksum").asText()).isNotEmpty();
        assertThat(third.get("recordChangeTag").asText()).isNotEqualTo(second.get("recordChangeTag").asText());
        assertThat(trashWithTag(second.get("recordChangeTag").asText()).get("serverErrorCode").asText()).isEqualTo("CONFLICT");
    }

    @Test
    void theAdminRouteSchedulesTheSameChangesAndListsThemUntilTheyRun() {
        PhotosClient.Reply scheduled = client.admin("POST", "/_fake/photos/assets/" + photo.recordName() + "/favorite?when=before-modify", null);
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.json().get("pending").get(0).asText())
                .isEqualTo("favorite " + photo.recordName() + " before the next records/modify");
        client.admin("POST", "/_fake/photos/assets/" + photo.recordName() + "/edit?when=after-lookup&n=1", null);
        assertThat(client.admin("GET", "/_fake/photos/hooks", null).json().get("pending")).hasSize(2);

        String tag = lookup().get("recordChangeTag").asText();
        assertThat(photo.edit()).isNotNull();
        assertThat(photo.favorite()).isFalse();
        assertThat(trashWithTag(tag).get("serverErrorCode").asText()).isEqualTo("CONFLICT");
        assertThat(photo.favorite()).isTrue();
        assertThat(client.admin("GET", "/_fake/photos/hooks", null).json().get("pending")).isEmpty();
    }

    @Test
    void badMomentsAndUnknownAssetsAreOneClearLine() {
        PhotosClient.Reply when = client.admin("POST", "/_fake/photos/assets/" + photo.recordName() + "/favorite?when=later", null);
        assertThat(when.status()).isEqualTo(400);
        assertThat(when.text()).isEqualTo("unknown moment 'later' (expected now, before-modify or after-lookup)");
        PhotosClient.Reply n = client.admin("POST", "/_fake/photos/assets/" + photo.recordName() + "/edit?when=after-lookup&n=0", null);
        assertThat(n.status()).isEqualTo(400);
        assertThat(n.text()).startsWith("n must be a whole number >= 1");
        assertThat(client.admin("POST", "/_fake/photos/assets/NOPE/favorite?when=before-modify", null).status()).isEqualTo(404);
        client.admin("POST", "/_fake/photos/assets/" + photo.recordName() + "/favorite?when=before-modify", null);
        assertThat(client.admin("DELETE", "/_fake/photos/hooks", null).json().get("pending")).isEmpty();
        trashWithTag(photo.changeTag());
        assertThat(photo.favorite()).isFalse();
        assertThat(photo.trashed()).isTrue();
    }
}

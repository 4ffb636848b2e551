package dev.orchard.fake.photos;

import com.dd.plist.NSArray;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.PropertyListParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.Location;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static dev.orchard.fake.photos.PhotosClient.listQuery;
import static dev.orchard.fake.photos.PhotosClient.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CPLAsset's text and location fields as Apple sends them (docs/protocol/photos.md §2; shapes from shared/recorded/icloudpd). */
class MetadataFieldsTest extends FakePhotosTestBase {
    static final String ALL = "CPLAssetAndMasterByAssetDateWithoutHiddenOrDeleted";

    private JsonNode onlyAsset(String desiredKeys) {
        String body = listQuery(ALL, 0, "ASCENDING", 2, "PrimarySync");
        if (desiredKeys != null) body = body.substring(0, body.length() - 1) + ",\"desiredKeys\":[" + desiredKeys + "]}";
        return ofType(client.privateDb("records/query", body), "CPLAsset").get(0).get("fields");
    }

    @Test
    void descriptionKeywordsAndLocationAreEncryptedBytesHoldingBinaryPlists() throws Exception {
        PhotoLibrary lib = fake.photos().reset(fake.photos().defaultAccount());
        lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("IMG_0001.JPG").caption("Title").description("Déjà <vu>")
                .keywords(List.of("beach", "Été")).location(new Location(34.435425, -119.856103, 12.5, 355.85, 0.5, 35, 0,
                        1_685_891_840_731L)));
        JsonNode f = onlyAsset(null);
        assertThat(f.path("extendedDescEnc").path("type").asText()).isEqualTo("ENCRYPTED_BYTES");
        assertThat(new String(Base64.getDecoder().decode(f.path("extendedDescEnc").path("value").asText()), StandardCharsets.UTF_8))
                .isEqualTo("Déjà <vu>");
        byte[] keywords = Base64.getDecoder().decode(f.path("keywordsEnc").path("value").asText());
        assertThat(new String(keywords, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("bplist00");
        NSArray k = (NSArray) PropertyListParser.parse(keywords);
        assertThat(k.getArray()).extracting(Object::toString).containsExactly("beach", "Été");
        byte[] location = Base64.getDecoder().decode(f.path("locationEnc").path("value").asText());
        NSDictionary d = (NSDictionary) PropertyListParser.parse(location);
        assertThat(d.allKeys()).containsExactlyInAnyOrder("lat", "lon", "alt", "course", "speed", "horzAcc", "vertAcc", "timestamp");
        assertThat(((NSNumber) d.get("lat")).doubleValue()).isCloseTo(34.435425, within(1e-12));
        assertThat(((NSNumber) d.get("lon")).doubleValue()).isCloseTo(-119.856103, within(1e-12));
        assertThat(((NSNumber) d.get("course")).isReal()).isTrue();
        assertThat(((NSDate) d.get("timestamp")).getDate().getTime()).isEqualTo(1_685_891_840_731L);
    }

    @Test
    void theyAreLeftOutUnlessAskedForAndAbsentWhenTheAssetHasNone() {
        PhotoLibrary lib = fake.photos().reset(fake.photos().defaultAccount());
        lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("IMG_0001.JPG").description("d").keywords(List.of("k"))
                .location(Location.at(1, 2, 3, 0)));
        assertThat(onlyAsset("\"isFavorite\",\"captionEnc\"").has("locationEnc")).isFalse();
        assertThat(onlyAsset("\"locationEnc\",\"keywordsEnc\"").has("keywordsEnc")).isTrue();

        lib = fake.photos().reset(fake.photos().defaultAccount());
        lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("IMG_0002.JPG"));
        JsonNode bare = onlyAsset(null);
        assertThat(bare.has("locationEnc") || bare.has("keywordsEnc") || bare.has("extendedDescEnc")).isFalse();
    }

    @Test
    void anotherDeviceEditsThem() {
        PhotoLibrary lib = fake.photos().reset(fake.photos().defaultAccount());
        String id = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("IMG_0001.JPG")).recordName();
        lib.describe(id, "New title", null, List.of("snow"));
        lib.locate(id, Location.at(48.8584, 2.2945, 35, 0));
        JsonNode f = onlyAsset(null);
        assertThat(new String(Base64.getDecoder().decode(f.path("captionEnc").path("value").asText()), StandardCharsets.UTF_8))
                .isEqualTo("New title");
        assertThat(f.has("extendedDescEnc")).isFalse();
        assertThat(f.has("locationEnc")).isTrue();
    }
}

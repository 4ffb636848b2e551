package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.content.FileChecksums;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** iCloud's JPEG renditions (docs/protocol/photos.md §4): real JPEGs of the pixel size and byte size their records declare. */
class RenditionsTest extends FakePhotosTestBase {

    @Test
    void everyKindHasThumbAndMedJpegsOfTheDeclaredSize() throws IOException {
        fake.photos().generate(0);
        for (AssetKind kind : AssetKind.values()) {
            Asset a = fake.photos().library().addAsset(AssetSpec.of(kind).filename("R_" + kind + ".X"));
            JsonNode master = lookup(a.master().recordName());
            for (String prefix : new String[] {"resJPEGThumb", "resJPEGMed"}) {
                assertDecodes(master.get("fields"), prefix, kind + " " + prefix);
            }
        }
    }

    @Test
    void anEditCarriesItsOwnThumbOnTheAsset() throws IOException {
        fake.photos().generate(0);
        Asset a = fake.photos().library().addAsset(AssetSpec.of(AssetKind.PHOTO).filename("E.JPG").edited(true));
        JsonNode asset = lookup(a.recordName());
        assertDecodes(asset.get("fields"), "resJPEGThumb", "edit thumb");
        assertThat(asset.at("/fields/resJPEGThumbRes/value/fileChecksum").asText())
                .isNotEqualTo(lookup(a.master().recordName()).at("/fields/resJPEGThumbRes/value/fileChecksum").asText());
    }

    @Test
    void renditionsDifferBetweenAssets() {
        fake.photos().generate(0);
        Asset one = fake.photos().library().addAsset(AssetSpec.of(AssetKind.PHOTO).filename("A.JPG"));
        Asset two = fake.photos().library().addAsset(AssetSpec.of(AssetKind.PHOTO).filename("B.JPG"));
        assertThat(lookup(one.master().recordName()).at("/fields/resJPEGThumbRes/value/fileChecksum").asText())
                .isNotEqualTo(lookup(two.master().recordName()).at("/fields/resJPEGThumbRes/value/fileChecksum").asText());
    }

    private static JsonNode lookup(String recordName) {
        return client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + recordName
                + "\"}],\"zoneID\":{\"zoneName\":\"PrimarySync\"}}").at("/records/0");
    }

    private static void assertDecodes(JsonNode fields, String prefix, String what) throws IOException {
        JsonNode res = fields.at("/" + prefix + "Res/value");
        assertThat(fields.at("/" + prefix + "FileType/value").asText()).as(what).isEqualTo("public.jpeg");
        HttpResponse<byte[]> r = client.get(res.get("downloadURL").asText(), null);
        assertThat(r.statusCode()).as(what).isEqualTo(200);
        assertThat(r.body()).as(what).hasSize(res.get("size").asInt());
        assertThat(FileChecksums.of(r.body()).base64()).as(what).isEqualTo(res.get("fileChecksum").asText());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertThat(img).as(what).isNotNull();
        assertThat(img.getWidth()).as(what).isEqualTo(fields.at("/" + prefix + "Width/value").asInt());
        assertThat(img.getHeight()).as(what).isEqualTo(fields.at("/" + prefix + "Height/value").asInt());
        assertThat(img.getWidth()).as(what).isGreaterThanOrEqualTo(prefix.endsWith("Thumb") ? 480 : 1024);
    }
}

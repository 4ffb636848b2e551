package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.content.FileChecksums;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Download URLs: bytes that match fileChecksum, Range, expiry on the fake's clock, the HTML quirk. */
class CdnTest extends FakePhotosTestBase {
    static PhotoLibrary lib;
    static Asset live;

    @BeforeAll
    static void library() {
        lib = fake.photos().generate(0);
        live = lib.addAsset(AssetSpec.of(AssetKind.LIVE).filename("IMG_0001.HEIC").originalBytes(300_000).edited(true));
    }


    static JsonNode lookupMaster() {
        return client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + live.master().recordName()
                + "\"}],\"zoneID\":{\"zoneName\":\"PrimarySync\"}}").at("/records/0");
    }

    @Test
    void everyResourceDownloadsWithoutCookiesAndMatchesItsChecksum() {
        JsonNode master = lookupMaster();
        for (String field : new String[] {"resOriginalRes", "resOriginalVidComplRes", "resJPEGMedRes", "resVidSmallRes"}) {
            JsonNode res = master.at("/fields/" + field + "/value");
            HttpResponse<byte[]> r = client.get(res.get("downloadURL").asText(), null);
            assertThat(r.statusCode()).as(field).isEqualTo(200);
            assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(r.body()).hasSize(res.get("size").asInt());
            assertThat(FileChecksums.of(r.body()).base64()).isEqualTo(res.get("fileChecksum").asText());
        }
        assertThat(master.get("recordName").asText()).isEqualTo(master.at("/fields/resOriginalRes/value/fileChecksum").asText());
    }

    @Test
    void rangesGive206AndPastTheEnd416() {
        JsonNode res = lookupMaster().at("/fields/resOriginalRes/value");
        String url = res.get("downloadURL").asText();
        byte[] whole = client.get(url, null).body();
        HttpResponse<byte[]> tail = client.get(url, "bytes=100000-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("Content-Range")).hasValue("bytes 100000-" + (whole.length - 1) + "/" + whole.length);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, 100_000, whole.length));
        assertThat(client.get(url, "bytes=0-").statusCode()).isIn(200, 206);
        assertThat(client.get(url, "bytes=-10").body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));
        HttpResponse<byte[]> past = client.get(url, "bytes=" + whole.length + "-");
        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + whole.length);
    }

    @Test
    void urlsExpireOnTheFakesClockAndLookupGivesFreshOnes() {
        fake.photos().settings().urlTtl(Duration.ofMinutes(10));
        try {
            String url = lookupMaster().at("/fields/resOriginalRes/value/downloadURL").asText();
            assertThat(client.get(url, null).statusCode()).isEqualTo(200);
            fake.clock().advance(Duration.ofMinutes(11));
            assertThat(client.get(url, null).statusCode()).isEqualTo(410);
            String fresh = lookupMaster().at("/fields/resOriginalRes/value/downloadURL").asText();
            assertThat(fresh).isNotEqualTo(url);
            assertThat(client.get(fresh, null).statusCode()).isEqualTo(200);
        } finally {
            fake.photos().settings().urlTtl(Duration.ofHours(1));
        }
    }

    @Test
    void theHtmlErrorPageQuirkAnswers200WithHtml() {
        String url = lookupMaster().at("/fields/resOriginalRes/value/downloadURL").asText();
        fake.photos().settings().htmlErrorPages(1);
        HttpResponse<byte[]> r = client.get(url, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(client.get(url, null).body()).hasSize((int) live.master().original().size());
    }

    @Test
    void editsLiveOnTheAssetAndDownloadToo() {
        JsonNode asset = client.privateDb("records/lookup", "{\"records\":[{\"recordName\":\"" + live.recordName()
                + "\"}],\"zoneID\":{\"zoneName\":\"PrimarySync\"}}").at("/records/0");
        JsonNode full = asset.at("/fields/resJPEGFullRes/value");
        assertThat(asset.at("/fields/resJPEGFullFileType/value").asText()).isEqualTo("public.jpeg");
        byte[] body = client.get(full.get("downloadURL").asText(), null).body();
        assertThat(FileChecksums.of(body).base64()).isEqualTo(full.get("fileChecksum").asText());
    }

    @Test
    void unknownFilesAre404() {
        assertThat(client.get(fake.baseUrl() + "/B/AAAA/x?e=99999999999", null).statusCode()).isEqualTo(404);
    }
}

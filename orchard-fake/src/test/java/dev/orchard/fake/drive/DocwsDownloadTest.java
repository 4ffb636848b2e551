package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.faults.FaultRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DocwsDownloadTest extends DriveFakeTest {

    private JsonNode byId(DriveItem file) {
        DriveSession.Reply r = s.get("/ws/" + file.zone().id() + "/download/by_id?document_id=" + file.docwsid());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static DriveSession.Reply fetch(String url, String range) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (range != null) b.header("Range", range);
        return DriveSession.send(b);
    }

    static String mmcs(byte[] content) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update("com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0".getBytes(StandardCharsets.US_ASCII));
        byte[] h = sha1.digest(content);
        byte[] out = new byte[21];
        out[0] = 1;
        System.arraycopy(h, 0, out, 1, 20);
        return Base64.getEncoder().encodeToString(out);
    }

    @Test
    void byIdHandsOutAShortLivedUrlServingTheContent() throws Exception {
        byte[] content = "hello, drive".getBytes(StandardCharsets.UTF_8);
        DriveItem f = remote.createFile("Docs/Scanned document 1.pdf", content);
        JsonNode reply = byId(f);
        assertThat(reply.get("document_id").asText()).isEqualTo(f.docwsid());
        assertThat(reply.get("item_id").asText()).startsWith("CJ");
        assertThat(reply.get("owner_dsid").isNumber()).isTrue();
        assertThat(reply.get("double_etag").asText()).isEqualTo(f.etag());
        JsonNode token = reply.get("data_token");
        assertThat(token.get("signature").asText()).isEqualTo(mmcs(content));
        assertThat(token.has("wrapping_key") && token.has("reference_signature") && token.has("token")).isTrue();
        String url = token.get("url").asText();
        assertThat(url).startsWith(fake.baseUrl() + "/B/").contains("Scanned+document+1.pdf").contains("&e=")
                .contains("ckz=com.apple.CloudDocs");

        DriveSession.Reply blob = fetch(url, null);
        assertThat(blob.status()).isEqualTo(200);
        assertThat(blob.body()).isEqualTo(content);

        fake.clock().advance(fake.drive().settings().downloadUrlLifetime().plusSeconds(1));
        assertThat(fetch(url, null).status()).isEqualTo(410);
    }

    @Test
    void urlsKeepServingTheVersionTheyNamed() {
        DriveItem f = remote.createFile("a.txt", "one".getBytes(StandardCharsets.UTF_8));
        String url = byId(f).get("data_token").get("url").asText();
        remote.editFile("a.txt", "two".getBytes(StandardCharsets.UTF_8), null);
        assertThat(fetch(url, null).text()).isEqualTo("one");
        assertThat(fetch(byId(f).get("data_token").get("url").asText(), null).text()).isEqualTo("two");
    }

    @Test
    void rangesAreHonoured() {
        DriveItem f = remote.createFile("digits.txt", "0123456789".getBytes(StandardCharsets.UTF_8));
        String url = byId(f).get("data_token").get("url").asText();
        DriveSession.Reply part = fetch(url, "bytes=2-5");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.text()).isEqualTo("2345");
        assertThat(part.raw().headers().firstValue("Content-Range")).hasValue("bytes 2-5/10");
        assertThat(fetch(url, "bytes=7-").text()).isEqualTo("789");
        assertThat(fetch(url, "bytes=-3").text()).isEqualTo("789");
        DriveSession.Reply beyond = fetch(url, "bytes=10-");
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.raw().headers().firstValue("Content-Range")).hasValue("bytes */10");
    }

    @Test
    void zeroByteFilesAnswer400() {
        DriveItem f = remote.createFile("empty.txt", new byte[0]);
        DriveSession.Reply r = s.get("/ws/com.apple.CloudDocs/download/by_id?document_id=" + f.docwsid());
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void unknownDocumentsAndZones() {
        assertThat(s.get("/ws/com.apple.CloudDocs/download/by_id?document_id=NOPE").status()).isEqualTo(404);
        DriveSession.Reply zone = s.get("/ws/com.example.None/download/by_id?document_id=NOPE");
        assertThat(zone.status()).isEqualTo(404);
        assertThat(zone.text()).contains("ZONE_NOT_FOUND");
    }

    @Test
    void packagesAnswerAPackageTokenAndAZip() throws Exception {
        DriveItem p = remote.createPackage("Letter.pages", Map.of("Index.zip", "index".getBytes(StandardCharsets.UTF_8),
                "Data/image.png", new byte[] {1, 2, 3}), Instant.parse("2024-03-01T00:00:00Z"));
        JsonNode reply = byId(p);
        assertThat(reply.has("data_token")).isFalse();
        String url = reply.get("package_token").get("url").asText();
        assertThat(url).contains("/packageDownload?");
        DriveSession.Reply zip = fetch(url, null);
        assertThat(zip.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        assertThat(zip.body().length).isEqualTo((int) p.size());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("Data/image.png");
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
            assertThat(in.getNextEntry().getName()).isEqualTo("Index.zip");
        }
    }

    @Test
    void the330KnobBouncesOnceToAWorkingLocation() {
        DriveItem f = remote.createFile("a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        fake.drive().settings().redirect330(true);
        DriveSession.Reply first = fetch(byId(f).get("data_token").get("url").asText(), null);
        assertThat(first.status()).isEqualTo(330);
        String location = first.raw().headers().firstValue("Location").orElseThrow();
        DriveSession.Reply second = fetch(location, null);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo("abc");
    }

    @Test
    void batchAnswersEveryDocumentInOrder() {
        DriveItem a = remote.createFile("a.txt", "a".getBytes(StandardCharsets.UTF_8));
        DriveItem p = remote.createPackage("b.key", Map.of("x", new byte[] {1}), null);
        DriveItem empty = remote.createFile("c.txt", new byte[0]);
        String body = "[{\"document_id\":\"" + a.docwsid() + "\"},{\"document_id\":\"" + p.docwsid()
                + "\"},{\"document_id\":\"" + empty.docwsid() + "\"},{\"document_id\":\"NOPE\"}]";
        JsonNode out = s.ok("/ws/com.apple.CloudDocs/download/batch", body);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).has("data_token")).isTrue();
        assertThat(out.get(1).has("package_token")).isTrue();
        assertThat(out.get(2).has("data_token")).isFalse();
        assertThat(out.get(2).get("double_etag").asText()).isEqualTo(empty.etag());
        assertThat(out.get(3).get("errorCode").asInt()).isEqualTo(404);
    }

    @Test
    void batchRefusesMoreDocumentsThanAKnownClientSends() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            DriveItem f = remote.createFile("f" + i + ".txt", new byte[] {(byte) i});
            body.append(i == 0 ? "" : ",").append("{\"document_id\":\"").append(f.docwsid()).append("\"}");
        }
        String six = body.append("]").toString();
        DriveSession.Reply refused = s.post("/ws/com.apple.CloudDocs/download/batch", six);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errorReason").asText()).contains("at most 5");
        fake.drive().settings().downloadBatchMax(6);
        assertThat(s.ok("/ws/com.apple.CloudDocs/download/batch", six)).hasSize(6);
    }

    @Test
    void blobDownloadsAreSubjectToCdnFaults() {
        DriveItem f = remote.createFile("big.bin", new byte[100_000]);
        String url = byId(f).get("data_token").get("url").asText();
        fake.faults().add(FaultRule.status(dev.orchard.fake.http.ServiceGroup.CDN, 503, 3, 1));
        DriveSession.Reply refused = fetch(url, null);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.raw().headers().firstValue("Retry-After")).hasValue("3");
        assertThat(fetch(url, null).body()).hasSize(100_000);
    }

    @Test
    void generatedContentIsReproducibleAndStreams() {
        DriveItem f = remote.createGeneratedFile("gen.txt", 300_000, 42, null);
        DriveItem g = remote.createGeneratedFile("gen2.txt", 300_000, 42, null);
        assertThat(f.content().sha256()).isEqualTo(g.content().sha256());
        byte[] body = fetch(byId(f).get("data_token").get("url").asText(), null).body();
        assertThat(body).hasSize(300_000).isEqualTo(remote.read("gen2.txt"));
        assertThat(fake.drive().settings().downloadUrlLifetime()).isEqualTo(Duration.ofHours(1));
    }
}

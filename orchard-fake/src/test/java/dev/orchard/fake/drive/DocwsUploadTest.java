package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static dev.orchard.fake.drive.DriveSession.child;
import static org.assertj.core.api.Assertions.assertThat;

class DocwsUploadTest extends DriveFakeTest {
    static final long MTIME = Instant.parse("2024-02-01T10:00:00Z").toEpochMilli() + 750;

    private JsonNode reserve(String zone, String name, long size) {
        ObjectNode body = Json.object().put("filename", name).put("type", "FILE").put("content_type", "").put("size", size);
        JsonNode out = s.ok("/ws/" + zone + "/upload/web", body);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static DriveSession.Reply sendContent(String url, byte[] bytes, boolean multipart) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (multipart) {
            String boundary = "----orchard-test-boundary";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\nignored\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.bin\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            body.writeBytes(bytes);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
            b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        } else {
            b.header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        }
        return DriveSession.send(b);
    }

    private ObjectNode commitBody(String documentId, String start, String path, JsonNode single, boolean allowConflict) {
        ObjectNode body = Json.object().put("command", "add_file").put("create_short_guid", true).put("document_id", documentId);
        body.putObject("path").put("starting_document_id", start).put("path", path);
        body.put("allow_conflict", allowConflict);
        body.putObject("file_flags").put("is_writable", true).put("is_executable", false).put("is_hidden", false);
        body.put("mtime", MTIME).put("btime", MTIME);
        ObjectNode data = body.putObject("data");
        data.put("signature", single.path("fileChecksum").asText()).put("wrapping_key", single.path("wrappingKey").asText())
                .put("reference_signature", single.path("referenceChecksum").asText()).put("size", single.path("size").asLong());
        if (single.has("receipt")) data.put("receipt", single.get("receipt").asText());
        return body;
    }

    /** All three steps; answers the update/documents reply. */
    private JsonNode upload(String zone, String start, String name, byte[] bytes, boolean multipart, boolean allowConflict) {
        JsonNode slot = reserve(zone, name, bytes.length);
        DriveSession.Reply content = sendContent(slot.get("url").asText(), bytes, multipart);
        assertThat(content.status()).as(content.text()).isEqualTo(200);
        JsonNode single = content.json().get("singleFile");
        return s.ok("/ws/" + zone + "/update/documents?errorBreakdown=true",
                commitBody(slot.get("document_id").asText(), start, name, single, allowConflict));
    }

    @Test
    void threeStepUploadCreatesTheFileWithTheClientsTimes() throws Exception {
        byte[] bytes = "quarterly numbers".getBytes(StandardCharsets.UTF_8);
        JsonNode slot = reserve("com.apple.CloudDocs", "report.pdf", bytes.length);
        String url = slot.get("url").asText();
        assertThat(url).startsWith(fake.baseUrl() + "/" + s.account.dsid() + "/singleFileUpload?");
        assertThat(slot.get("document_id").asText()).matches("[0-9A-F-]{36}");
        assertThat(slot.has("owner") && slot.has("owner_id")).isTrue();

        JsonNode single = sendContent(url, bytes, false).json().get("singleFile");
        assertThat(single.get("fileChecksum").asText()).isEqualTo(DocwsDownloadTest.mmcs(bytes));
        assertThat(single.get("size").asLong()).isEqualTo(bytes.length);
        assertThat(single.get("receipt").asText()).isNotEmpty();
        assertThat(single.get("referenceChecksum").asText()).isNotEmpty();
        assertThat(single.get("wrappingKey").asText()).endsWith("==");

        JsonNode reply = s.ok("/ws/com.apple.CloudDocs/update/documents",
                commitBody(slot.get("document_id").asText(), "root", "report.pdf", single, true));
        assertThat(reply.get("status").get("status_code").asInt()).isZero();
        JsonNode doc = reply.get("results").get(0).get("document");
        assertThat(doc.get("document_id").asText()).isEqualTo(slot.get("document_id").asText());
        assertThat(doc.get("name").asText()).isEqualTo("report.pdf");
        assertThat(doc.get("parent_id").asText()).isEqualTo("root");
        assertThat(doc.get("zone").asText()).isEqualTo("com.apple.CloudDocs");
        assertThat(doc.get("data").get("signature").asText()).isEqualTo(single.get("fileChecksum").asText());
        assertThat(doc.get("etag").asText()).matches("[0-9a-z]+::[0-9a-z]+");

        JsonNode listed = child(s.root(), "report.pdf");
        assertThat(listed.get("drivewsid").asText()).isEqualTo("FILE::com.apple.CloudDocs::" + slot.get("document_id").asText());
        assertThat(listed.get("dateModified").asText()).isEqualTo("2024-02-01T10:00:00Z");
        assertThat(listed.get("dateCreated").asText()).isEqualTo("2024-02-01T10:00:00Z");
        assertThat(remote.read("report.pdf")).isEqualTo(bytes);
    }

    @Test
    void multipartBodiesAreAcceptedToo() {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31 + (i >> 8));
        // A boundary-like sequence inside the content must not end the part early.
        System.arraycopy("\r\n--not-the-boundary".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 1000, 20);
        upload("com.apple.CloudDocs", "root", "data.bin", bytes, true, true);
        assertThat(remote.read("data.bin")).isEqualTo(bytes);
    }

    @Test
    void largeUploadsStreamToDiskInsteadOfTheHeap() {
        byte[] bytes = new byte[3 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'z');
        long heapBefore = fake.drive().blobs().memoryBytes();
        upload("com.apple.CloudDocs", "root", "big.bin", bytes, false, true);
        assertThat(fake.drive().blobs().memoryBytes()).isEqualTo(heapBefore);
        assertThat(remote.item("big.bin").size()).isEqualTo(bytes.length);
        assertThat(remote.read("big.bin")).isEqualTo(bytes);
    }

    @Test
    void zeroByteUploadsHaveNoReceipt() {
        JsonNode slot = reserve("com.apple.CloudDocs", "empty.txt", 0);
        JsonNode single = sendContent(slot.get("url").asText(), new byte[0], false).json().get("singleFile");
        assertThat(single.has("receipt")).isFalse();
        assertThat(single.get("size").asInt()).isZero();
        s.ok("/ws/com.apple.CloudDocs/update/documents", commitBody(slot.get("document_id").asText(), "root", "empty.txt", single, true));
        assertThat(child(s.root(), "empty.txt").get("size").asInt()).isZero();
    }

    @Test
    void allowConflictStoresUnderAServerChosenNameAndANewDocwsid() {
        DriveItem old = remote.createFile("Docs/report.pdf", new byte[] {1});
        JsonNode doc = upload("com.apple.CloudDocs", remote.item("Docs").docwsid(), "report.pdf", new byte[] {2}, false, true)
                .get("results").get(0).get("document");
        assertThat(doc.get("name").asText()).isEqualTo("report 2.pdf");
        assertThat(doc.get("document_id").asText()).isNotEqualTo(old.docwsid());
        assertThat(remote.read("Docs/report.pdf")).containsExactly(1);
        assertThat(remote.read("Docs/report 2.pdf")).containsExactly(2);

        fake.drive().settings().tree().autoRenamePattern("{name} ({n}){ext}");
        try {
            JsonNode third = upload("com.apple.CloudDocs", remote.item("Docs").docwsid(), "REPORT.pdf", new byte[] {3}, false, true);
            assertThat(third.get("results").get(0).get("document").get("name").asText()).isEqualTo("REPORT (2).pdf");
        } finally {
            fake.drive().settings().tree().autoRenamePattern("{name} {n}{ext}");
        }
    }

    @Test
    void withoutAllowConflictATakenNameIsRefused() {
        remote.createFile("a.txt", new byte[] {1});
        JsonNode slot = reserve("com.apple.CloudDocs", "a.txt", 1);
        JsonNode single = sendContent(slot.get("url").asText(), new byte[] {2}, false).json().get("singleFile");
        DriveSession.Reply r = s.post("/ws/com.apple.CloudDocs/update/documents",
                commitBody(slot.get("document_id").asText(), "root", "a.txt", single, false));
        assertThat(r.status()).isEqualTo(409);
        assertThat(remote.read("a.txt")).containsExactly(1);
    }

    @Test
    void theWrongZoneForTheParentGives412() {
        DriveItem vault = remote.zone("iCloud.md.obsidian").createFolder("Vault");
        JsonNode slot = reserve("com.apple.CloudDocs", "note.md", 1);
        JsonNode single = sendContent(slot.get("url").asText(), new byte[] {1}, false).json().get("singleFile");
        DriveSession.Reply r = s.post("/ws/com.apple.CloudDocs/update/documents",
                commitBody(slot.get("document_id").asText(), vault.docwsid(), "note.md", single, true));
        assertThat(r.status()).isEqualTo(412);
        assertThat(r.json().get("errorCode").asText()).isEqualTo("VALIDATING_REFERENCE_ERROR");

        JsonNode ok = upload("iCloud.md.obsidian", vault.docwsid(), "note.md", new byte[] {1}, false, true);
        assertThat(ok.get("results").get(0).get("document").get("zone").asText()).isEqualTo("iCloud.md.obsidian");
        assertThat(remote.zone("iCloud.md.obsidian").item("Vault/note.md")).isNotNull();
        JsonNode atLibraryRoot = upload("iCloud.md.obsidian", "documents", "top.md", new byte[] {1}, false, true);
        assertThat(atLibraryRoot.get("results").get(0).get("document").get("parent_id").asText()).isEqualTo("documents");
    }

    @Test
    void commitsChecksTheContentTheyName() {
        JsonNode slot = reserve("com.apple.CloudDocs", "a.txt", 3);
        JsonNode single = sendContent(slot.get("url").asText(), new byte[] {1, 2, 3}, false).json().get("singleFile");
        ObjectNode body = commitBody(slot.get("document_id").asText(), "root", "a.txt", single, true);
        ((ObjectNode) body.get("data")).put("receipt", "forged");
        assertThat(s.post("/ws/com.apple.CloudDocs/update/documents", body).text()).contains("receipt");
        ((ObjectNode) body.get("data")).put("receipt", single.get("receipt").asText()).put("signature", "AQ==");
        assertThat(s.post("/ws/com.apple.CloudDocs/update/documents", body).status()).isEqualTo(400);
        ObjectNode unknown = commitBody("NOT-RESERVED", "root", "a.txt", single, true);
        assertThat(s.post("/ws/com.apple.CloudDocs/update/documents", unknown).status()).isEqualTo(400);
        assertThat(remote.item("a.txt")).isNull();
    }

    @Test
    void replayingACommitAnswersTheSameDocument() {
        JsonNode slot = reserve("com.apple.CloudDocs", "once.txt", 1);
        JsonNode single = sendContent(slot.get("url").asText(), new byte[] {7}, false).json().get("singleFile");
        ObjectNode body = commitBody(slot.get("document_id").asText(), "root", "once.txt", single, true);
        JsonNode first = s.ok("/ws/com.apple.CloudDocs/update/documents", body);
        JsonNode again = s.ok("/ws/com.apple.CloudDocs/update/documents", body);
        assertThat(again.get("results").get(0).get("document").get("name").asText()).isEqualTo("once.txt");
        assertThat(first.get("results").get(0).get("document").get("document_id"))
                .isEqualTo(again.get("results").get(0).get("document").get("document_id"));
        assertThat(remote.list()).hasSize(1);
    }

    @Test
    void uploadUrlsExpire() {
        JsonNode slot = reserve("com.apple.CloudDocs", "late.txt", 1);
        fake.clock().advance(fake.drive().settings().uploadUrlLifetime().plusSeconds(1));
        assertThat(sendContent(slot.get("url").asText(), new byte[] {1}, false).status()).isEqualTo(410);
        assertThat(sendContent(fake.baseUrl() + "/" + s.account.dsid() + "/singleFileUpload?tk=nope", new byte[] {1}, false).status())
                .isEqualTo(404);
    }

    @Test
    void theSuccessStatusCodeIsAKnob() {
        fake.drive().settings().commitStatusCode(200);
        JsonNode reply = upload("com.apple.CloudDocs", "root", "x.txt", new byte[] {1}, false, true);
        assertThat(reply.get("status").get("status_code").asInt()).isEqualTo(200);
    }

    @Test
    void lookupByPathFindsItemsOr404s() {
        DriveItem f = remote.createFile("Documents/report.pdf", new byte[] {1, 2});
        DriveSession.Reply r = s.post("/ws/com.apple.CloudDocs/list/lookup_by_path?unified_format=true", "\"Documents/report.pdf\"");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get(0).get("drivewsid").asText()).isEqualTo(f.drivewsid());
        JsonNode doc = s.post("/ws/com.apple.CloudDocs/list/lookup_by_path?unified_format=false", "\"Documents/report.pdf\"").json().get(0);
        assertThat(doc.get("document_id").asText()).isEqualTo(f.docwsid());
        assertThat(doc.get("name").asText()).isEqualTo("report.pdf");
        assertThat(s.post("/ws/com.apple.CloudDocs/list/lookup_by_path?unified_format=true", "\"Documents/nope.pdf\"").status())
                .isEqualTo(404);
        JsonNode byId = s.get("/ws/com.apple.CloudDocs/list/lookup_by_id?document_id=" + f.docwsid() + "&unified_format=false").json();
        assertThat(byId.get("size").asInt()).isEqualTo(2);
    }
}

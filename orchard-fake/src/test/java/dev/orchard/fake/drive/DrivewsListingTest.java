package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static dev.orchard.fake.drive.DriveSession.child;
import static org.assertj.core.api.Assertions.assertThat;

class DrivewsListingTest extends DriveFakeTest {

    @Test
    void rootListsAppLibrariesThenItsOwnChildren() {
        remote.createFile("Docs/report.pdf", "pdf".getBytes(StandardCharsets.UTF_8), Instant.parse("2024-02-01T10:00:00Z"));
        JsonNode root = s.root();
        assertThat(root.get("drivewsid").asText()).isEqualTo("FOLDER::com.apple.CloudDocs::root");
        assertThat(root.get("docwsid").asText()).isEqualTo("root");
        assertThat(root.get("name").asText()).isEmpty();
        assertThat(root.has("parentId")).isFalse();
        assertThat(root.get("fileCount").asInt()).isEqualTo(1);
        assertThat(root.get("assetQuota").asInt()).isEqualTo(3);

        JsonNode pages = child(root, "Pages");
        assertThat(pages.get("drivewsid").asText()).isEqualTo("FOLDER::com.apple.Pages::documents");
        assertThat(pages.get("type").asText()).isEqualTo("APP_LIBRARY");
        assertThat(pages.get("docwsid").asText()).isEqualTo("documents");
        assertThat(pages.get("parentId").asText()).isEqualTo("FOLDER::com.apple.CloudDocs::root");
        assertThat(pages.get("supportedExtensions")).isNotEmpty();
        assertThat(child(root, "Obsidian").get("zone").asText()).isEqualTo("iCloud.md.obsidian");

        JsonNode docs = child(root, "Docs");
        assertThat(docs.get("type").asText()).isEqualTo("FOLDER");
        assertThat(docs.get("directChildrenCount").asInt()).isEqualTo(1);
        assertThat(root.get("numberOfItems").asInt()).isEqualTo(root.get("items").size());
        assertThat(root.get("items").get(0).get("type").asText()).isEqualTo("APP_LIBRARY");

        JsonNode file = child(s.listFolder(docs.get("drivewsid").asText()), "report.pdf");
        assertThat(file.get("name").asText()).isEqualTo("report");
        assertThat(file.get("extension").asText()).isEqualTo("pdf");
        assertThat(file.get("size").asInt()).isEqualTo(3);
        assertThat(file.get("dateModified").asText()).isEqualTo("2024-02-01T10:00:00Z");
        assertThat(file.get("dateChanged").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0[78]:00");
        assertThat(file.get("etag").asText()).matches("[0-9a-z]+::[0-9a-z]+");
        assertThat(file.get("parentId").asText()).isEqualTo(docs.get("drivewsid").asText());
    }

    @Test
    void folderDetailsCarryStatusOkAndItemsTheirItemIdAsRecorded() {
        remote.createFile("Docs/report.pdf", "pdf".getBytes(StandardCharsets.UTF_8));
        JsonNode root = s.root();
        assertThat(root.path("status").asText()).isEqualTo("OK");
        assertThat(root.has("item_id")).isFalse();
        JsonNode docs = child(root, "Docs");
        assertThat(docs.path("item_id").asText()).isNotEmpty();
        assertThat(child(root, "Pages").has("item_id")).isFalse();
        JsonNode listing = s.listFolder(docs.get("drivewsid").asText());
        assertThat(listing.path("status").asText()).isEqualTo("OK");
        assertThat(child(listing, "report.pdf").path("item_id").asText()).isNotEmpty();
    }

    @Test
    void batchesAnswerInRequestOrderWithIdInvalidForUnknownAndFileIds() {
        DriveItem docs = remote.createFolder("Docs");
        DriveItem file = remote.createFile("Docs/a.txt", new byte[] {1});
        ArrayNode req = Json.array();
        req.addObject().put("drivewsid", "FOLDER::com.apple.CloudDocs::NOPE");
        req.addObject().put("drivewsid", docs.drivewsid());
        req.addObject().put("drivewsid", file.drivewsid());
        req.addObject().put("drivewsid", "FOLDER::com.apple.CloudDocs::documents");
        req.addObject().put("drivewsid", "FOLDER::com.apple.CloudDocs::root");
        JsonNode out = s.ok("/retrieveItemDetailsInFolders", req);

        assertThat(out).hasSize(5);
        assertThat(out.get(0).get("status").asText()).isEqualTo("ID_INVALID");
        assertThat(out.get(0).get("drivewsid").asText()).isEqualTo("FOLDER::com.apple.CloudDocs::NOPE");
        assertThat(out.get(1).get("drivewsid").asText()).isEqualTo(docs.drivewsid());
        assertThat(out.get(2).get("status").asText()).isEqualTo("ID_INVALID");
        assertThat(out.get(3).get("status").asText()).isEqualTo("ID_INVALID");
        assertThat(out.get(4).get("docwsid").asText()).isEqualTo("root");
    }

    @Test
    void partialDataGivesOnlyIdsAndEtags() {
        remote.createFile("a.txt", new byte[] {1});
        ArrayNode req = Json.array();
        req.addObject().put("drivewsid", "FOLDER::com.apple.CloudDocs::root").put("partialData", true);
        JsonNode item = s.ok("/retrieveItemDetailsInFolders", req).get(0).get("items").get(0);
        assertThat(item.size()).isEqualTo(3);
        assertThat(item.has("drivewsid") && item.has("docwsid") && item.has("etag")).isTrue();
    }

    @Test
    void includeHierarchyListsAncestorsFromTheRoot() {
        DriveItem b = remote.createFolder("A.d/B");
        ArrayNode req = Json.array();
        req.addObject().put("drivewsid", b.drivewsid()).put("includeHierarchy", true);
        JsonNode h = s.ok("/retrieveItemDetailsInFolders", req).get(0).get("hierarchy");
        assertThat(h).hasSize(2);
        assertThat(h.get(0).size()).isEqualTo(1);
        assertThat(h.get(0).get("drivewsid").asText()).isEqualTo("FOLDER::com.apple.CloudDocs::root");
        assertThat(h.get(1).get("name").asText()).isEqualTo("A.d");
        assertThat(h.get(1).has("etag")).isTrue();
    }

    @Test
    void trashListsUnderBothIdsWithRestorePathAndExpiry() {
        DriveItem f = remote.createFile("Downloads/dead-file.download", new byte[] {1, 2});
        remote.trash("Downloads/dead-file.download");
        for (String id : new String[] {"TRASH_ROOT", "FOLDER::com.apple.CloudDocs::TRASH_ROOT"}) {
            JsonNode trash = s.listFolder(id);
            assertThat(trash.get("drivewsid").asText()).isEqualTo("TRASH_ROOT");
            assertThat(trash.get("numberOfItems").asInt()).isEqualTo(1);
            JsonNode item = trash.get("items").get(0);
            assertThat(item.get("drivewsid").asText()).isEqualTo(f.drivewsid());
            assertThat(item.get("parentId").asText()).isEqualTo("TRASH_ROOT");
            assertThat(item.get("restorePath").asText()).isEqualTo("Downloads/dead-file.download");
            assertThat(item.get("isChainedToParent").asBoolean()).isTrue();
            assertThat(Instant.parse(item.get("dateExpiration").asText()))
                    .isAfter(Instant.now().plus(java.time.Duration.ofDays(29)));
        }
        assertThat(child(s.root(), "Downloads").get("directChildrenCount").asInt()).isZero();
    }

    @Test
    void retrieveItemDetailsAnswersItemsWithoutChildrenFilesIncluded() {
        DriveItem f = remote.createFile("a.txt", new byte[] {1});
        String body = "[{\"items\":[{\"drivewsid\":\"" + f.drivewsid() + "\"},{\"drivewsid\":\"FILE::com.apple.CloudDocs::X\"}]}]";
        JsonNode out = s.ok("/retrieveItemDetails", body);
        assertThat(out.get(0).get("drivewsid").asText()).isEqualTo(f.drivewsid());
        assertThat(out.get(0).has("items")).isFalse();
        assertThat(out.get(1).get("status").asText()).isEqualTo("ID_INVALID");
    }

    @Test
    void retrieveAppLibrariesListsTheLibraries() {
        DriveSession.Reply r = s.get("/retrieveAppLibraries");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items")).extracting(i -> i.get("zone").asText())
                .contains("com.apple.Pages", "com.apple.Numbers", "com.apple.Keynote", "iCloud.md.obsidian");
    }

    @Test
    void appLibraryContentListsUnderItsOwnZone() {
        remote.zone("com.apple.Pages").createFile("Letter.txt", new byte[] {1});
        JsonNode lib = s.listFolder("FOLDER::com.apple.Pages::documents");
        assertThat(lib.get("type").asText()).isEqualTo("APP_LIBRARY");
        assertThat(lib.get("fileCount").asInt()).isEqualTo(1);
        JsonNode f = child(lib, "Letter.txt");
        assertThat(f.get("drivewsid").asText()).startsWith("FILE::com.apple.Pages::");
        assertThat(f.get("parentId").asText()).isEqualTo("FOLDER::com.apple.Pages::documents");
    }

    @Test
    void namesCanBeReportedDecomposed() {
        remote.createFile("Caf\u00e9.txt", new byte[] {1});
        assertThat(child(s.root(), "Caf\u00e9.txt")).isNotNull();
        fake.drive().settings().nfdNames(true);
        assertThat(child(s.root(), "Cafe\u0301.txt")).isNotNull();
    }

    @Test
    void hostileNamesAreServedAsStored() {
        remote.createFolderNamed("", "..");
        remote.createFileNamed("", "a/b", fake.drive().blobs().of(new byte[] {1}), false, null);
        remote.createFileNamed("", "tab\there", fake.drive().blobs().of(new byte[] {1}), false, null);
        JsonNode root = s.root();
        assertThat(child(root, "..")).isNotNull();
        assertThat(child(root, "a/b")).isNotNull();
        assertThat(child(root, "tab\there")).isNotNull();
    }

    @Test
    void listingLagHidesNewFoldersForTheNextListings() {
        fake.drive().settings().listingLag(2);
        JsonNode created = s.ok("/createFolders", "{\"destinationDrivewsId\":\"FOLDER::com.apple.CloudDocs::root\","
                + "\"folders\":[{\"clientId\":\"TempId-1\",\"name\":\"Later\"}]}");
        assertThat(created.get("folders").get(0).get("status").asText()).isEqualTo("OK");
        assertThat(child(s.root(), "Later")).isNull();
        assertThat(child(s.root(), "Later")).isNull();
        assertThat(child(s.root(), "Later")).isNotNull();
        String id = created.get("folders").get(0).get("drivewsid").asText();
        assertThat(s.listFolder(id).get("name").asText()).isEqualTo("Later");
    }

    @Test
    void malformedRequestsGet400WithAReason() {
        DriveSession.Reply r = s.post("/retrieveItemDetailsInFolders", "{\"drivewsid\":\"x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("JSON array");
    }
}

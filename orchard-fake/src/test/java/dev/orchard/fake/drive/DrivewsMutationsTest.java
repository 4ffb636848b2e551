package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.NameClashPolicy;
import dev.orchard.fake.http.Json;
import org.junit.jupiter.api.Test;

import static dev.orchard.fake.drive.DriveSession.child;
import static dev.orchard.fake.drive.DriveSession.items;
import static org.assertj.core.api.Assertions.assertThat;

class DrivewsMutationsTest extends DriveFakeTest {
    static final String ROOT = "FOLDER::com.apple.CloudDocs::root";

    private JsonNode createFolders(String destination, String... names) {
        ObjectNode body = Json.object().put("destinationDrivewsId", destination);
        var folders = body.putArray("folders");
        for (String n : names) folders.addObject().put("clientId", "FOLDER::UNKNOWN_ZONE::TempId-" + n).put("name", n);
        return s.ok("/createFolders", body);
    }

    @Test
    void createFoldersAnswersTheNewFolderAndBumpsTheParent() {
        String rootEtag = s.root().get("etag").asText();
        JsonNode reply = createFolders(ROOT, "New Folder");
        assertThat(reply.get("destinationDrivewsId").asText()).isEqualTo(ROOT);
        JsonNode f = reply.get("folders").get(0);
        assertThat(f.get("status").asText()).isEqualTo("OK");
        assertThat(f.get("clientId").asText()).isEqualTo("FOLDER::UNKNOWN_ZONE::TempId-New Folder");
        assertThat(f.get("drivewsid").asText()).matches("FOLDER::com\\.apple\\.CloudDocs::[0-9A-F-]{36}");
        assertThat(f.get("parentId").asText()).isEqualTo(ROOT);
        assertThat(s.root().get("etag").asText()).isNotEqualTo(rootEtag);
        assertThat(child(s.root(), "New Folder")).isNotNull();
    }

    @Test
    void nameClashesAutoRenameOrAreRejected() {
        remote.createFolder("Work");
        assertThat(createFolders(ROOT, "work").get("folders").get(0).get("name").asText()).isEqualTo("work 2");
        fake.drive().settings().tree().nameClash(NameClashPolicy.REJECT);
        JsonNode refused = createFolders(ROOT, "WORK").get("folders").get(0);
        assertThat(refused.get("status").asText()).isEqualTo("NAME_CONFLICT");
    }

    @Test
    void unknownStatusCanHideAFolderThatWasOrWasNotCreated() {
        fake.drive().settings().unknownCreateFolders(1, true);
        JsonNode made = createFolders(ROOT, "Maybe").get("folders").get(0);
        assertThat(made.get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(made.get("clientId").asText()).isEqualTo("FOLDER::UNKNOWN_ZONE::TempId-Maybe");
        assertThat(child(s.root(), "Maybe")).isNotNull();

        fake.drive().settings().unknownCreateFolders(1, false);
        assertThat(createFolders(ROOT, "Never").get("folders").get(0).get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(child(s.root(), "Never")).isNull();
        assertThat(createFolders(ROOT, "Then").get("folders").get(0).get("status").asText()).isEqualTo("OK");
    }

    @Test
    void createFoldersRejectsSlashesAndUnknownDestinations() {
        assertThat(s.post("/createFolders", "{\"destinationDrivewsId\":\"" + ROOT + "\",\"folders\":[{\"name\":\"a/b\"}]}").status())
                .isEqualTo(400);
        assertThat(createFolders("FOLDER::com.apple.CloudDocs::GONE", "x").get("folders").get(0).get("status").asText())
                .isEqualTo("ID_INVALID");
    }

    @Test
    void renameAcceptsBothNameStyles() {
        DriveItem f = remote.createFile("report.pdf", new byte[] {1});
        ObjectNode fullName = items("items", f.drivewsid(), f.etag());
        ((ObjectNode) fullName.get("items").get(0)).put("name", "report-final.pdf");
        JsonNode a = s.ok("/renameItems", fullName).get("items").get(0);
        assertThat(a.get("status").asText()).isEqualTo("OK");
        assertThat(a.get("name").asText()).isEqualTo("report-final");
        assertThat(a.get("extension").asText()).isEqualTo("pdf");

        ObjectNode split = items("items", f.drivewsid(), a.get("etag").asText());
        ((ObjectNode) split.get("items").get(0)).put("name", "summary").put("extension", "txt");
        JsonNode b = s.ok("/renameItems", split).get("items").get(0);
        assertThat(b.get("name").asText() + "." + b.get("extension").asText()).isEqualTo("summary.txt");
        assertThat(remote.item("summary.txt").docwsid()).isEqualTo(f.docwsid());
    }

    @Test
    void staleEtagsGetEtagConflictWithTheCurrentEtag() {
        DriveItem f = remote.createFile("a.txt", new byte[] {1});
        String old = f.etag();
        remote.editFile("a.txt", new byte[] {2}, null);
        ObjectNode body = items("items", f.drivewsid(), old);
        ((ObjectNode) body.get("items").get(0)).put("name", "b.txt");
        DriveSession.Reply r = s.post("/renameItems", body);
        assertThat(r.status()).isEqualTo(200);
        JsonNode item = r.json().get("items").get(0);
        assertThat(item.get("status").asText()).isEqualTo("ETAG_CONFLICT");
        assertThat(item.get("etag").asText()).isEqualTo(f.etag()).isNotEqualTo(old);
        assertThat(remote.item("a.txt")).isNotNull();

        for (String path : new String[] {"/moveItemsToTrash", "/deleteItems"}) {
            JsonNode refused = s.ok(path, items("items", f.drivewsid(), old)).get("items").get(0);
            assertThat(refused.get("status").asText()).isEqualTo("ETAG_CONFLICT");
        }
        assertThat(remote.item("a.txt")).isNotNull();
    }

    @Test
    void moveKeepsIdentityAndRefusesCrossZoneMoves() {
        DriveItem f = remote.createFile("Inbox/a.txt", new byte[] {1});
        DriveItem archive = remote.createFolder("Archive");
        ObjectNode body = items("items", f.drivewsid(), f.etag()).put("destinationDrivewsId", archive.drivewsid());
        JsonNode moved = s.ok("/moveItems", body).get("items").get(0);
        assertThat(moved.get("status").asText()).isEqualTo("OK");
        assertThat(moved.get("parentId").asText()).isEqualTo(archive.drivewsid());
        assertThat(moved.get("drivewsid").asText()).isEqualTo(f.drivewsid());

        ObjectNode cross = items("items", f.drivewsid(), f.etag()).put("destinationDrivewsId", "FOLDER::com.apple.Pages::documents");
        JsonNode refused = s.ok("/moveItems", cross).get("items").get(0);
        assertThat(refused.get("status").asText()).isEqualTo("CROSS_ZONE_MOVE_NOT_ALLOWED");
        assertThat(remote.item("Archive/a.txt")).isNotNull();
    }

    @Test
    void trashPutBackAndDeleteRoundTrip() {
        DriveItem folder = remote.createFolder("test_random_uuid");
        String etag = folder.etag();
        JsonNode trashed = s.ok("/moveItemsToTrash", items("items", folder.drivewsid(), etag)).get("items").get(0);
        assertThat(trashed.get("status").asText()).isEqualTo("OK");
        assertThat(trashed.get("parentId").asText()).isEqualTo("TRASH_ROOT");
        assertThat(child(s.root(), "test_random_uuid")).isNull();
        String trashEtag = trashed.get("etag").asText();
        assertThat(trashEtag).isNotEqualTo(etag);

        JsonNode back = s.ok("/putBackItemsFromTrash", items("items", folder.drivewsid(), trashEtag)).get("items").get(0);
        assertThat(back.get("status").asText()).isEqualTo("OK");
        assertThat(back.get("parentId").asText()).isEqualTo(ROOT);
        assertThat(back.get("etag").asText()).isNotEqualTo(trashEtag);
        assertThat(child(s.root(), "test_random_uuid")).isNotNull();

        JsonNode gone = s.ok("/deleteItems", items("items", folder.drivewsid(), back.get("etag").asText())).get("items").get(0);
        assertThat(gone.get("status").asText()).isEqualTo("OK");
        assertThat(gone.get("isDeleted").asBoolean()).isTrue();
        assertThat(gone.get("etag").asText()).isEqualTo("null");
        assertThat(child(s.root(), "test_random_uuid")).isNull();
        assertThat(s.listFolder(folder.drivewsid()).get("status").asText()).isEqualTo("ID_INVALID");
    }

    @Test
    void deleteFromTheTrashAnswersTheFormerParent() {
        DriveItem f = remote.createFile("Docs/x.txt", new byte[] {1});
        DriveItem docs = remote.item("Docs");
        remote.trash("Docs/x.txt");
        JsonNode gone = s.ok("/deleteItems", items("items", f.drivewsid(), f.etag())).get("items").get(0);
        assertThat(gone.get("parentId").asText()).isEqualTo(docs.drivewsid());
        assertThat(gone.get("restorePath").asText()).isEqualTo("Docs/x.txt");
        assertThat(s.listFolder("TRASH_ROOT").get("numberOfItems").asInt()).isZero();
    }

    @Test
    void unknownIdsAndWrongTypesAreIdInvalid() {
        DriveItem f = remote.createFile("a.txt", new byte[] {1});
        String asFolder = "FOLDER::com.apple.CloudDocs::" + f.docwsid();
        JsonNode out = s.ok("/moveItemsToTrash", items("items", "FILE::com.apple.CloudDocs::NOPE", "1", asFolder, f.etag()));
        assertThat(out.get("items").get(0).get("status").asText()).isEqualTo("ID_INVALID");
        assertThat(out.get("items").get(1).get("status").asText()).isEqualTo("ID_INVALID");
        JsonNode putBack = s.ok("/putBackItemsFromTrash", items("items", f.drivewsid(), f.etag())).get("items").get(0);
        assertThat(putBack.get("status").asText()).as("not in the trash").isEqualTo("ID_INVALID");
    }

    @Test
    void eachItemOfABatchIsJudgedOnItsOwn() {
        DriveItem a = remote.createFile("a.txt", new byte[] {1});
        DriveItem b = remote.createFile("b.txt", new byte[] {1});
        JsonNode out = s.ok("/moveItemsToTrash", items("items", a.drivewsid(), "stale", b.drivewsid(), b.etag()));
        assertThat(out.get("items").get(0).get("status").asText()).isEqualTo("ETAG_CONFLICT");
        assertThat(out.get("items").get(1).get("status").asText()).isEqualTo("OK");
        assertThat(remote.item("a.txt")).isNotNull();
        assertThat(remote.item("b.txt")).isNull();
    }
}

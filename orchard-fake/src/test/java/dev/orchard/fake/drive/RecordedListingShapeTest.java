package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.orchard.fake.drive.DriveSession.child;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields Apple sent in recorded retrieveItemDetailsInFolders answers (shared/recorded/opendal and
 * pyicloud: a root listing, a folder of files) are all in the fake's answers too; public clients index them.
 */
class RecordedListingShapeTest extends DriveFakeTest {
    private static final List<String> FOLDER_DETAILS = List.of("assetQuota", "dateCreated", "directChildrenCount",
            "docwsid", "drivewsid", "etag", "fileCount", "items", "name", "numberOfItems", "parentId", "shareAliasCount",
            "shareCount", "status", "type", "zone");
    private static final List<String> FOLDER_ITEM = List.of("assetQuota", "dateCreated", "directChildrenCount", "docwsid",
            "drivewsid", "etag", "fileCount", "item_id", "name", "parentId", "shareAliasCount", "shareCount", "type", "zone");
    private static final List<String> FILE_ITEM = List.of("dateChanged", "dateCreated", "dateModified", "docwsid",
            "drivewsid", "etag", "extension", "item_id", "lastOpenTime", "name", "parentId", "size", "type", "zone");
    private static final List<String> APP_LIBRARY_ITEM = List.of("dateCreated", "docwsid", "drivewsid", "etag", "maxDepth",
            "name", "parentId", "type", "zone");

    private static Set<String> fields(JsonNode o) {
        Set<String> out = new HashSet<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyRecordedFieldIsServed() {
        remote.createFile("Downloads/notes.pdf", "pdf".getBytes(StandardCharsets.UTF_8));
        JsonNode root = s.root();
        assertThat(fields(root)).containsAll(FOLDER_DETAILS.stream().filter(f -> !f.equals("parentId")).toList());
        JsonNode downloads = child(root, "Downloads");
        assertThat(fields(downloads)).containsAll(FOLDER_ITEM);
        assertThat(fields(child(root, "Keynote"))).containsAll(APP_LIBRARY_ITEM);
        JsonNode listing = s.listFolder(downloads.get("drivewsid").asText());
        assertThat(fields(listing)).containsAll(FOLDER_DETAILS);
        assertThat(fields(child(listing, "notes.pdf"))).containsAll(FILE_ITEM);
    }
}

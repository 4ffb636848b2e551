package dev.orchard.icloud.drive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One drivews item (docs/protocol/drive.md §1). {@code name} is the full name exactly as the server spells it (base name
 * plus extension), {@code modified} the content time (whole seconds), null for folders.
 */
public record RemoteItem(String drivewsid, String docwsid, String zone, String parentId, String name, ItemType type,
                         String etag, long size, Instant modified) {

    public static RemoteItem parse(JsonNode o) {
        String drivewsid = Jsons.text(o, "drivewsid");
        String docwsid = Jsons.text(o, "docwsid");
        String zone = Jsons.text(o, "zone");
        if (docwsid == null && drivewsid != null) docwsid = DriveIds.docwsid(drivewsid);
        if (zone == null && drivewsid != null) zone = DriveIds.zone(drivewsid);
        return new RemoteItem(drivewsid, docwsid, zone, Jsons.text(o, "parentId"), fullName(o),
                ItemType.parse(Jsons.text(o, "type")), Jsons.text(o, "etag"), o.path("size").asLong(0),
                date(Jsons.text(o, "dateModified")));
    }

    /** name + "." + extension when an extension is present (docs/protocol/drive.md §1, §6: always rebuild from the reply). */
    static String fullName(JsonNode o) {
        String name = Jsons.text(o, "name");
        if (name == null) name = "";
        String ext = Jsons.text(o, "extension");
        return ext == null || ext.isEmpty() ? name : name + "." + ext;
    }

    static Instant date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The name in NFC, for comparisons and local file names (iCloud may answer NFD). */
    public String nfcName() {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    public boolean isFile() {
        return type == ItemType.FILE;
    }

    public boolean isFolder() {
        return type.isFolder();
    }

    /** The content part of a file etag {@code "meta::content"}: a rename moves only the first part. */
    public String contentEtag() {
        return contentEtag(etag);
    }

    public static String contentEtag(String etag) {
        if (etag == null) return null;
        int sep = etag.indexOf("::");
        return sep < 0 ? etag : etag.substring(sep + 2);
    }
}

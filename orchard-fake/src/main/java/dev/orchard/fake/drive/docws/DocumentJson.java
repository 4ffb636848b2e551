package dev.orchard.fake.drive.docws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.drivews.ItemJson;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;

/** The docws "Document" shape (update/documents results, lookups with unified_format=false). */
final class DocumentJson {
    private final FakeDrive drive;
    private final DownloadTickets tickets;

    DocumentJson(FakeDrive drive, DownloadTickets tickets) {
        this.drive = drive;
        this.tickets = tickets;
    }

    ObjectNode status(int code, String message) {
        return Json.object().put("status_code", code).put("error_message", message);
    }

    /** Use under the tree's lock. {@code fileFlags} null: the defaults. */
    ObjectNode document(Exchange ex, DriveTree tree, String owner, DriveItem item, ObjectNode fileFlags) {
        ObjectNode d = Json.object();
        d.set("status", status(drive.settings().commitStatusCode(), ""));
        d.put("document_id", item.docwsid());
        d.put("item_id", item.itemId());
        d.put("etag", item.etag());
        DriveItem parent = tree.logicalParent(item);
        d.put("parent_id", parent == null ? "" : parent.docwsid());
        d.put("name", ItemJson.out(drive.settings(), item.name()));
        d.put("type", item.isFile() ? "FILE" : "FOLDER");
        d.put("zone", item.zone().id());
        d.put("size", item.size());
        d.put("mtime", item.modified().toEpochMilli());
        d.put("btime", item.created().toEpochMilli());
        d.put("deleted", item.deleted());
        if (item.isFile()) {
            ObjectNode data = ContentTokens.token("", "", item.content());
            data.remove("url");
            data.remove("token");
            data.put("owner", owner);
            data.put("size", item.size());
            data.put("pcsInfo", "");
            d.set("data", data);
            d.set("file_flags", fileFlags != null ? fileFlags : Json.object()
                    .put("is_writable", true).put("is_executable", false).put("is_hidden", false));
            ObjectNode urls = d.putObject("urls");
            if (item.size() > 0) urls.put("url_download", tickets.link(ex, item, drive.settings().downloadUrlLifetime()).url());
        }
        d.put("last_editor_name", "");
        d.put("lastOpenedTime", item.modified().toEpochMilli());
        d.put("restorePath", item.trash() == null ? "" : item.trash().restorePath());
        d.put("hasChainedParent", true);
        return d;
    }
}

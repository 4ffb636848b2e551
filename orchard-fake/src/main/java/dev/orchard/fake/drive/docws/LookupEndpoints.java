package dev.orchard.fake.drive.docws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.drivews.ItemJson;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;

/** list/lookup_by_path and list/lookup_by_id (docs/protocol/drive.md §2). */
final class LookupEndpoints {
    private final FakeDrive drive;
    private final DocumentJson documents;

    LookupEndpoints(FakeDrive drive, DocumentJson documents) {
        this.drive = drive;
        this.documents = documents;
    }

    void register(Router r) {
        r.post("/ws/{zone}/list/lookup_by_path", ex -> lookup(ex, true));
        r.get("/ws/{zone}/list/lookup_by_id", ex -> lookup(ex, false));
    }

    private void lookup(Exchange ex, boolean byPath) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        String key;
        if (byPath) {
            JsonNode body = ex.json();
            if (!body.isTextual()) throw new BadRequest("lookup_by_path: the body is a JSON string such as \"Documents/report.pdf\"");
            key = body.asText();
        } else {
            key = ex.query("document_id");
            if (key == null) throw new BadRequest("lookup_by_id: document_id is required");
        }
        boolean unified = "true".equalsIgnoreCase(ex.query("unified_format"));
        DriveTree tree = caller.tree();
        synchronized (tree) {
            DriveZone zone = DocwsErrors.zone(ex, tree);
            if (zone == null) return;
            DriveItem item = byPath ? tree.resolve(zone, key) : tree.find(zone.id(), key);
            if (item == null || (byPath && item.isZoneRoot())) {
                DocwsErrors.answer(ex, 404, 404, "no item " + key + " in " + zone.id());
                return;
            }
            ObjectNode found = unified
                    ? new ItemJson(tree, drive.settings(), PublicUrls.service(ex, "drivews")).item(item)
                    : documents.document(ex, tree, caller.account().dsid(), item, null);
            if (byPath) ex.json(Json.array().add(found));
            else ex.json(found);
        }
    }
}

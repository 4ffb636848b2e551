package dev.orchard.fake.drive.docws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

/** download/by_id and download/batch (docs/protocol/drive.md §3). */
final class DownloadEndpoints {
    private final FakeDrive drive;
    private final DownloadTickets tickets;

    DownloadEndpoints(FakeDrive drive, DownloadTickets tickets) {
        this.drive = drive;
        this.tickets = tickets;
    }

    void register(Router r) {
        r.get("/ws/{zone}/download/by_id", this::byId);
        r.post("/ws/{zone}/download/batch", this::batch);
    }

    private void byId(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        String documentId = ex.query("document_id");
        if (documentId == null || documentId.isEmpty()) throw new BadRequest("document_id is required");
        DriveTree tree = caller.tree();
        synchronized (tree) {
            DriveZone zone = DocwsErrors.zone(ex, tree);
            if (zone == null) return;
            DriveItem file = tree.find(zone.id(), documentId);
            if (file == null || !file.isFile()) {
                DocwsErrors.answer(ex, 404, 404, "no document " + documentId + " in " + zone.id());
            } else if (file.size() == 0) {
                // Apple refuses zero-byte documents here; clients skip the call and write an empty file.
                DocwsErrors.answer(ex, 400, 400, "document " + documentId + " has no content");
            } else {
                ex.json(reply(ex, caller, file));
            }
        }
    }

    private void batch(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode body = ex.json();
        if (!body.isArray()) throw new BadRequest("body must be a JSON array of {\"document_id\": ...}");
        int max = drive.settings().downloadBatchMax();
        if (body.size() > max) {
            DocwsErrors.answer(ex, 400, 400, "download/batch takes at most " + max + " documents, got " + body.size());
            return;
        }
        DriveTree tree = caller.tree();
        ArrayNode out = Json.array();
        synchronized (tree) {
            DriveZone zone = DocwsErrors.zone(ex, tree);
            if (zone == null) return;
            for (JsonNode request : body) {
                String id = Json.text(request, "document_id");
                DriveItem file = id == null ? null : tree.find(zone.id(), id);
                if (file == null || !file.isFile()) {
                    out.add(Json.object().put("document_id", id).put("errorCode", 404));
                } else if (file.size() == 0) {
                    out.add(Json.object().put("document_id", id).put("owner_dsid", Long.parseLong(caller.account().dsid()))
                            .put("double_etag", file.etag()));
                } else {
                    out.add(reply(ex, caller, file));
                }
            }
        }
        ex.json(out);
    }

    private ObjectNode reply(Exchange ex, FakeDrive.Caller caller, DriveItem file) {
        DownloadTickets.Link link = tickets.link(ex, file, drive.settings().downloadUrlLifetime());
        ObjectNode o = Json.object();
        o.put("document_id", file.docwsid());
        o.put("item_id", file.itemId());
        o.put("owner_dsid", Long.parseLong(caller.account().dsid()));
        o.set(file.isPackage() ? "package_token" : "data_token", ContentTokens.token(link.url(), link.ticket().id(), file.content()));
        o.put("double_etag", file.etag());
        return o;
    }
}

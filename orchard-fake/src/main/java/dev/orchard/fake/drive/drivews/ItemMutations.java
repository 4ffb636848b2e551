package dev.orchard.fake.drive.drivews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.tree.DriveId;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.NameClashPolicy;
import dev.orchard.fake.drive.tree.NameRules;
import dev.orchard.fake.drive.tree.TreeConflict;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

import java.util.function.Consumer;

/**
 * renameItems, moveItems, moveItemsToTrash, putBackItemsFromTrash and deleteItems (docs/protocol/drive.md §6). Each
 * item is judged on its own: a stale etag gives {@code ETAG_CONFLICT} with the current etag, HTTP 200.
 */
final class ItemMutations {
    /** One item's change; runs under the tree's lock after the etag check. */
    private interface Change {
        void apply(DriveTree tree, DriveItem item, JsonNode request);
    }

    private final FakeDrive drive;

    ItemMutations(FakeDrive drive) {
        this.drive = drive;
    }

    void register(Router r) {
        r.post("/renameItems", ex -> mutate(ex, body -> {
            for (JsonNode item : body.get("items")) {
                String problem = NameRules.serviceNameProblem(fullName(item));
                if (problem != null) throw new BadRequest("renameItems: " + problem);
            }
        }, (tree, item, req) -> tree.rename(item, fullName(req), policy())));
        r.post("/moveItems", ex -> mutate(ex, body -> {
            if (Json.text(body, "destinationDrivewsId") == null) {
                throw new BadRequest("body needs \"destinationDrivewsId\" and \"items\"");
            }
        }, (tree, item, req) -> {
            String destination = Json.text(ex.json(), "destinationDrivewsId");
            DriveId did = DriveId.parse(destination);
            DriveItem to = tree.find(did.zone(), did.docwsid());
            if (to == null || !did.admits(to) || !to.isFolder()) {
                throw new TreeConflict(TreeConflict.Reason.NOT_A_FOLDER, destination + " is not a folder");
            }
            tree.move(item, to, policy());
        }));
        r.post("/moveItemsToTrash", ex -> mutate(ex, body -> { }, (tree, item, req) -> tree.trash(item)));
        r.post("/putBackItemsFromTrash", ex -> mutate(ex, body -> { }, (tree, item, req) -> tree.putBack(item)));
        r.post("/deleteItems", ex -> mutate(ex, body -> { }, (tree, item, req) -> tree.delete(item)));
    }

    private NameClashPolicy policy() {
        return drive.settings().tree().nameClash();
    }

    /** Both styles: {@code name} is the full name (pyicloud, rclone) unless {@code extension} is given (idrive-cli). */
    private static String fullName(JsonNode request) {
        String name = Json.text(request, "name");
        if (name == null) return null;
        String extension = Json.text(request, "extension");
        return extension == null || extension.isEmpty() ? name : name + "." + extension;
    }

    /** Checks the whole request before anything changes, so a bad entry cannot leave a batch half done. */
    private void mutate(Exchange ex, Consumer<JsonNode> validate, Change change) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode items = ex.json().get("items");
        if (items == null || !items.isArray()) throw new BadRequest("body needs \"items\": [{\"drivewsid\", \"etag\"}, ...]");
        for (JsonNode item : items) ListingEndpoints.requireId(item);
        validate.accept(ex.json());
        DriveTree tree = caller.tree();
        ItemJson json = ListingEndpoints.json(drive, tree, ex);
        ArrayNode out = Json.array();
        synchronized (tree) {
            for (JsonNode request : items) out.add(one(tree, json, request, change));
        }
        ex.json(Json.object().set("items", out));
    }

    private static ObjectNode one(DriveTree tree, ItemJson json, JsonNode request, Change change) {
        String id = Json.text(request, "drivewsid");
        DriveId did = DriveId.parse(id);
        DriveItem item = tree.find(did.zone(), did.docwsid());
        if (item == null || !did.admits(item)) return ItemJson.invalid(id);
        String etag = Json.text(request, "etag");
        if (etag != null && !etag.equals(item.etag())) return json.item(item).put("status", "ETAG_CONFLICT");
        try {
            change.apply(tree, item, request);
        } catch (TreeConflict c) {
            String status = statusOf(c);
            return status.equals("ID_INVALID") ? ItemJson.invalid(id) : json.item(item).put("status", status);
        }
        return json.item(item).put("status", "OK");
    }

    /** The per-item status for a refused change; NAME_CONFLICT and INVALID_DESTINATION are the fake's own words. */
    static String statusOf(TreeConflict c) {
        return switch (c.reason()) {
            case CROSS_ZONE -> "CROSS_ZONE_MOVE_NOT_ALLOWED";
            case NAME_TAKEN -> "NAME_CONFLICT";
            case INTO_ITSELF -> "INVALID_DESTINATION";
            case NOT_LIVE, NOT_IN_TRASH, NOT_A_FOLDER, ROOT -> "ID_INVALID";
        };
    }
}

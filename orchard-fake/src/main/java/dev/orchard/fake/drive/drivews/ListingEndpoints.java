package dev.orchard.fake.drive.drivews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.tree.DriveId;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;

import java.util.ArrayList;
import java.util.List;

/** retrieveItemDetailsInFolders, retrieveItemDetails and retrieveAppLibraries (docs/protocol/drive.md §2). */
final class ListingEndpoints {
    private final FakeDrive drive;

    ListingEndpoints(FakeDrive drive) {
        this.drive = drive;
    }

    void register(Router r) {
        r.post("/retrieveItemDetailsInFolders", this::detailsInFolders);
        r.post("/retrieveItemDetails", this::itemDetails);
        r.get("/retrieveAppLibraries", this::appLibraries);
    }

    static ItemJson json(FakeDrive drive, DriveTree tree, Exchange ex) {
        return new ItemJson(tree, drive.settings(), PublicUrls.service(ex, "drivews"));
    }

    /** Answers one entry of a batch; runs under the tree's lock. */
    private interface PerEntry {
        JsonNode answer(ItemJson json, DriveTree tree, String id, JsonNode request);
    }

    private void detailsInFolders(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode body = ex.json();
        if (!body.isArray()) throw new BadRequest("body must be a JSON array of {\"drivewsid\", \"partialData\", \"includeHierarchy\"}");
        List<JsonNode> requests = new ArrayList<>();
        body.forEach(requests::add);
        answerEach(ex, caller, requests, (json, tree, id, request) -> {
            boolean partial = request.path("partialData").asBoolean(false);
            DriveId did = DriveId.parse(id);
            if (did.isTrashRoot()) return json.trash(partial);
            DriveItem folder = tree.find(did.zone(), did.docwsid());
            if (folder == null || !folder.isFolder() || !did.admits(folder)) return ItemJson.invalid(id);
            return json.details(folder, partial, request.path("includeHierarchy").asBoolean(false));
        });
    }

    /** Items without children; accepts {@code [{"items": [...]}]} (rclone) as well as a bare array of ids. */
    private void itemDetails(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode body = ex.json();
        if (!body.isArray()) throw new BadRequest("body must be a JSON array such as [{\"items\": [{\"drivewsid\": ...}]}]");
        List<JsonNode> requests = new ArrayList<>();
        for (JsonNode group : body) {
            if (group.has("items")) group.get("items").forEach(requests::add);
            else requests.add(group);
        }
        answerEach(ex, caller, requests, (json, tree, id, request) -> {
            DriveId did = DriveId.parse(id);
            DriveItem item = tree.find(did.zone(), did.docwsid());
            if (item == null || !did.admits(item)) return ItemJson.invalid(id);
            ObjectNode o = request.path("partialData").asBoolean(false) ? ItemJson.partial(item) : json.item(item);
            if (request.path("includeHierarchy").asBoolean(false)) o.set("hierarchy", json.hierarchy(item));
            return o;
        });
    }

    private void answerEach(Exchange ex, FakeDrive.Caller caller, List<JsonNode> requests, PerEntry per) {
        requests.forEach(ListingEndpoints::requireId);
        DriveTree tree = caller.tree();
        ItemJson json = json(drive, tree, ex);
        ArrayNode out = Json.array();
        synchronized (tree) {
            for (JsonNode request : requests) out.add(per.answer(json, tree, Json.text(request, "drivewsid"), request));
        }
        ex.json(out);
    }

    private void appLibraries(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        DriveTree tree = caller.tree();
        ItemJson json = json(drive, tree, ex);
        ArrayNode items = Json.array();
        synchronized (tree) {
            for (DriveZone z : tree.appLibraries()) items.add(json.item(z.root()));
        }
        ex.json(Json.object().set("items", items));
    }

    static String requireId(JsonNode request) {
        String id = Json.text(request, "drivewsid");
        if (id == null || id.isEmpty()) throw new BadRequest("each entry needs a \"drivewsid\"");
        return id;
    }
}

package dev.orchard.fake.drive.drivews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.DriveSettings;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.tree.DriveId;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.NameRules;
import dev.orchard.fake.drive.tree.TreeConflict;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

/** createFolders (docs/protocol/drive.md §6), with the UNKNOWN answer and listing lag knobs. */
final class FolderCreation {
    private final FakeDrive drive;

    FolderCreation(FakeDrive drive) {
        this.drive = drive;
    }

    void register(Router r) {
        r.post("/createFolders", this::createFolders);
    }

    private void createFolders(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode body = ex.json();
        String destination = Json.text(body, "destinationDrivewsId");
        JsonNode folders = body.get("folders");
        if (destination == null || folders == null || !folders.isArray()) {
            throw new BadRequest("body needs \"destinationDrivewsId\" and \"folders\": [{\"clientId\", \"name\"}]");
        }
        for (JsonNode f : folders) {
            String problem = NameRules.serviceNameProblem(Json.text(f, "name"));
            if (problem != null) throw new BadRequest("createFolders: " + problem);
        }
        DriveTree tree = caller.tree();
        ItemJson json = ListingEndpoints.json(drive, tree, ex);
        DriveSettings settings = drive.settings();
        ArrayNode out = Json.array();
        synchronized (tree) {
            DriveId did = DriveId.parse(destination);
            DriveItem parent = tree.find(did.zone(), did.docwsid());
            for (JsonNode f : folders) {
                String clientId = Json.text(f, "clientId");
                if (parent == null || !did.admits(parent)) {
                    out.add(status(clientId, "ID_INVALID"));
                    continue;
                }
                boolean unknown = settings.takeUnknownCreateFolder();
                if (unknown && !settings.unknownCreatesFolder()) {
                    out.add(status(clientId, "UNKNOWN"));
                    continue;
                }
                DriveItem folder;
                try {
                    folder = tree.createFolder(parent, Json.text(f, "name"), settings.tree().nameClash());
                } catch (TreeConflict c) {
                    out.add(status(clientId, ItemMutations.statusOf(c)));
                    continue;
                }
                if (settings.listingLag() > 0) tree.hideFromListings(folder, settings.listingLag());
                if (unknown) {
                    out.add(status(clientId, "UNKNOWN"));
                } else {
                    ObjectNode o = json.item(folder);
                    if (clientId != null) o.put("clientId", clientId);
                    out.add(o.put("status", "OK"));
                }
            }
        }
        ObjectNode reply = Json.object().put("destinationDrivewsId", destination);
        reply.set("folders", out);
        ex.json(reply);
    }

    private static ObjectNode status(String clientId, String status) {
        ObjectNode o = Json.object().put("status", status);
        if (clientId != null) o.put("clientId", clientId);
        return o;
    }
}

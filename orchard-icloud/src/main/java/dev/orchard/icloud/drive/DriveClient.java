package dev.orchard.icloud.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.json.Jsons;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * drivews calls: folder listings (batched), createFolders, renameItems, moveItems and moveItemsToTrash.
 * Propagated deletions only ever use the trash; this client has no permanent delete.
 */
public final class DriveClient {
    private final ICloudSession session;
    private final DrivePacer pacer;

    public DriveClient(ICloudSession session) {
        this.session = session;
        this.pacer = new DrivePacer(session.http().config().sleeper());
    }

    public ICloudSession session() { return session; }

    String drivews(String path) {
        return session.serviceUrl("drivews") + path + "?" + session.standardParams();
    }

    String docws(String zone, String path) {
        return session.serviceUrl("docws") + "/ws/" + zone + path;
    }

    JsonNode post(String url, Object body, RetryPolicy policy, String what) {
        ApiRequest req = ApiRequest.post(url).json(body)
                .header("Origin", "https://www.icloud.com").header("Referer", "https://www.icloud.com/").build();
        return call(req, policy, what);
    }

    /** Sends a drivews/docws call at the pacer's speed and checks the answer. */
    JsonNode call(ApiRequest req, RetryPolicy policy, String what) {
        pacer.pace();
        try {
            ApiResponse r = session.send(req, policy);
            if (r.status() == 429 || r.status() == 503) pacer.throttled();
            JsonNode body = DriveErrors.check(r, what);
            pacer.succeeded();
            return body;
        } catch (RetryLaterException e) {
            pacer.throttled();
            throw e;
        }
    }

    /** The current spacing between calls (zero unless iCloud has been throttling). */
    public java.time.Duration pacing() {
        return pacer.spacing();
    }

    /** One retrieveItemDetailsInFolders call for up to a few dozen folders; answers in request order. */
    public List<FolderListing> listFolders(List<String> drivewsids) {
        ArrayNode req = Jsons.MAPPER.createArrayNode();
        for (String id : drivewsids) {
            req.addObject().put("drivewsid", id).put("partialData", false).put("includeHierarchy", false);
        }
        JsonNode body = post(drivews("/retrieveItemDetailsInFolders"), req, DrivePolicies.READ, "listing iCloud Drive folders");
        if (!body.isArray() || body.size() != drivewsids.size()) {
            throw new DriveException(DriveException.Kind.PROTOCOL, 200, "listing iCloud Drive folders: expected "
                    + drivewsids.size() + " answers, got " + (body.isArray() ? body.size() : "no array"));
        }
        List<FolderListing> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            JsonNode f = body.get(i);
            String status = Jsons.text(f, "status");
            if ("ID_INVALID".equals(status) || !f.has("items")) {
                out.add(FolderListing.invalid(drivewsids.get(i)));
                continue;
            }
            List<RemoteItem> children = new ArrayList<>();
            for (JsonNode c : f.get("items")) children.add(RemoteItem.parse(c));
            out.add(new FolderListing(drivewsids.get(i), RemoteItem.parse(f), children, false));
        }
        return out;
    }

    public FolderListing listFolder(String drivewsid) {
        return listFolders(List.of(drivewsid)).get(0);
    }

    /**
     * Creates {@code name} in {@code parent}. When the server answers UNKNOWN it re-lists the parent and
     * creates again only if the folder is still absent (docs/protocol/drive.md §6). A folder of that name that exists
     * already is returned as it is.
     */
    public RemoteItem createFolder(RemoteItem parent, String name) {
        RemoteItem existing = childNamed(parent.drivewsid(), name);
        if (existing != null && existing.isFolder()) return existing;
        for (int attempt = 0; attempt < 3; attempt++) {
            ObjectNode body = Jsons.object().put("destinationDrivewsId", parent.drivewsid());
            body.putArray("folders").addObject().put("clientId", "FOLDER::UNKNOWN_ZONE::TempId-" + UUID.randomUUID())
                    .put("name", name);
            JsonNode reply = post(drivews("/createFolders"), body, DrivePolicies.MUTATION, "creating folder '" + name + "'");
            JsonNode f = reply.path("folders").path(0);
            String status = Jsons.text(f, "status");
            if (f.has("drivewsid") && (status == null || status.equals("OK"))) return RemoteItem.parse(f);
            if (!"UNKNOWN".equals(status)) {
                throw new DriveException(DriveException.Kind.REJECTED, 200, "creating folder '" + name + "': " + status);
            }
            RemoteItem found = childNamed(parent.drivewsid(), name);
            if (found != null && found.isFolder()) return found;
        }
        throw new DriveException(DriveException.Kind.PROTOCOL, 200, "creating folder '" + name + "': iCloud kept answering UNKNOWN");
    }

    private RemoteItem childNamed(String folderId, String name) {
        FolderListing l = listFolder(folderId);
        if (l.invalid()) throw new DriveException(DriveException.Kind.NOT_FOUND, 200, "folder " + folderId + " is gone");
        String want = Normalizer.normalize(name, Normalizer.Form.NFC);
        for (RemoteItem c : l.children()) {
            if (c.nfcName().equals(want)) return c;
        }
        return null;
    }

    /** Renames to {@code newName} (full name, extension included), on condition of {@code item.etag()}. */
    public MutationResult rename(RemoteItem item, String newName) {
        ObjectNode body = Jsons.object();
        body.putArray("items").addObject().put("drivewsid", item.drivewsid()).put("etag", item.etag()).put("name", newName);
        return one(post(drivews("/renameItems"), body, DrivePolicies.MUTATION, "renaming '" + item.name() + "'"), item);
    }

    /** Moves into {@code folder}, on condition of {@code item.etag()}. */
    public MutationResult move(RemoteItem item, RemoteItem folder) {
        ObjectNode body = Jsons.object().put("destinationDrivewsId", folder.drivewsid());
        body.putArray("items").addObject().put("drivewsid", item.drivewsid()).put("etag", item.etag())
                .put("clientId", item.drivewsid());
        return one(post(drivews("/moveItems"), body, DrivePolicies.MUTATION, "moving '" + item.name() + "'"), item);
    }

    /** Moves to the iCloud Drive trash (recoverable ~30 days), on condition of {@code item.etag()}. */
    public MutationResult trash(RemoteItem item) {
        ObjectNode body = Jsons.object();
        body.putArray("items").addObject().put("drivewsid", item.drivewsid()).put("etag", item.etag())
                .put("clientId", item.drivewsid());
        return one(post(drivews("/moveItemsToTrash"), body, DrivePolicies.MUTATION, "moving '" + item.name() + "' to the trash"), item);
    }

    private static MutationResult one(JsonNode reply, RemoteItem asked) {
        JsonNode i = reply.path("items").path(0);
        if (i.isMissingNode()) {
            throw new DriveException(DriveException.Kind.PROTOCOL, 200, "'" + asked.name() + "': the answer has no items");
        }
        String raw = Jsons.text(i, "status");
        MutationResult.Status status = MutationResult.Status.parse(raw);
        RemoteItem item = i.has("etag") ? RemoteItem.parse(i) : null;
        return new MutationResult(status, raw == null ? "OK" : raw, item);
    }
}

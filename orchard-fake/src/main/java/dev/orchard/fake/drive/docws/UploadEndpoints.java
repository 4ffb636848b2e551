package dev.orchard.fake.drive.docws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.content.Blob;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.drive.tree.NameClashPolicy;
import dev.orchard.fake.drive.tree.NameRules;
import dev.orchard.fake.drive.tree.TreeConflict;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * The three-step upload (docs/protocol/drive.md §4): reserve with upload/web, POST the bytes to the URL it returns
 * (raw or multipart, streamed to storage), commit with update/documents {@code add_file}.
 */
final class UploadEndpoints {
    private static final String MISSING_PARENTS =
            "Request has out of order children to be chained but the parents were missing";

    private final FakeDrive drive;
    private final UploadSlots slots;
    private final DocumentJson documents;

    UploadEndpoints(FakeDrive drive, UploadSlots slots, DocumentJson documents) {
        this.drive = drive;
        this.slots = slots;
        this.documents = documents;
    }

    void register(Router r) {
        r.post("/ws/{zone}/upload/web", this::reserve);
        r.post("/{owner}/singleFileUpload", this::content);
        r.post("/ws/{zone}/update/documents", this::commit);
    }

    private void reserve(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode body = ex.json();
        String fileName = Json.text(body, "filename");
        String problem = NameRules.serviceNameProblem(fileName);
        if (problem != null) throw new BadRequest("upload/web: " + problem + " (\"filename\")");
        String type = Json.text(body, "type");
        if (type != null && !type.equals("FILE")) throw new BadRequest("upload/web: \"type\" must be FILE, got " + type);
        JsonNode size = body.get("size");
        if (size != null && !size.isNull() && !size.canConvertToLong() && !size.asText().matches("\\d+")) {
            throw new BadRequest("upload/web: \"size\" must be a number of bytes, got " + size);
        }
        DriveTree tree = caller.tree();
        DriveZone zone;
        synchronized (tree) {
            zone = DocwsErrors.zone(ex, tree);
        }
        if (zone == null) return;
        String owner = caller.account().dsid();
        UploadSlots.Slot slot = slots.reserve(owner, zone.id(), fileName, drive.settings().uploadUrlLifetime());
        ArrayNode out = Json.array();
        out.addObject().put("document_id", slot.documentId)
                .put("url", DocwsUrls.upload(PublicUrls.service(ex, "contentws"), owner, slot.token, slot.documentId,
                        zone.id(), slot.expiresAt))
                .put("owner", owner)
                .put("owner_id", caller.account().ownerRecordName());
        ex.json(out);
    }

    private void content(Exchange ex) {
        UploadSlots.Slot slot = slots.byToken(ex.query("tk"));
        if (slot == null || !slot.owner.equals(ex.pathParam("owner"))) {
            ex.text(404, "text/plain", "no such upload");
            return;
        }
        if (slots.expired(slot)) {
            ex.text(410, "text/plain", "this upload URL has expired; reserve a new one with upload/web");
            return;
        }
        Blob blob;
        try {
            String boundary = MultipartFile.boundary(ex.header("Content-Type"));
            InputStream body = ex.bodyStream();
            blob = drive.blobs().put(boundary == null ? body : MultipartFile.firstFile(body, boundary));
        } catch (IOException e) {
            throw new BadRequest("upload body could not be read: " + e.getMessage());
        }
        String receipt = blob.size() == 0 ? null : slots.newReceipt();
        synchronized (slot) {
            slot.blob = blob;
            slot.receipt = receipt;
        }
        byte[] checksum = blob.fileChecksum();
        ObjectNode single = Json.object();
        single.put("fileChecksum", DocwsUrls.b64(checksum));
        single.put("referenceChecksum", DocwsUrls.b64(ContentTokens.referenceChecksum(checksum)));
        single.put("wrappingKey", DocwsUrls.b64(ContentTokens.wrappingKey(checksum)));
        if (receipt != null) single.put("receipt", receipt);
        single.put("size", blob.size());
        ex.json(Json.object().set("singleFile", single));
    }

    private void commit(Exchange ex) {
        FakeDrive.Caller caller = drive.enter(ex);
        if (caller == null) return;
        JsonNode body = ex.json();
        String command = Json.text(body, "command");
        if (!"add_file".equals(command)) {
            throw new BadRequest("update/documents: only \"command\": \"add_file\" is supported, got " + command);
        }
        String documentId = Json.text(body, "document_id");
        String start = Json.text(body.path("path"), "starting_document_id");
        String path = Json.text(body.path("path"), "path");
        if (documentId == null || start == null || path == null) {
            throw new BadRequest("update/documents needs \"document_id\" and \"path\": {\"starting_document_id\", \"path\"}");
        }
        String owner = caller.account().dsid();
        UploadSlots.Slot slot = slots.byDocument(owner, documentId);
        if (slot == null) {
            DocwsErrors.answer(ex, 400, 400, "document_id " + documentId + " was not reserved with upload/web");
            return;
        }
        DriveTree tree = caller.tree();
        synchronized (tree) {
            DriveZone zone = DocwsErrors.zone(ex, tree);
            if (zone == null) return;
            if (slot.committed != null && !slot.committed.deleted()) {
                reply(ex, tree, owner, slot.committed, body);
                return;
            }
            DriveItem parent = slot.zone.equals(zone.id()) ? tree.find(zone.id(), start) : null;
            String[] segments = path.split("/");
            for (int i = 0; i < segments.length - 1 && parent != null; i++) {
                if (!segments[i].isEmpty()) parent = tree.childNamed(parent, segments[i]);
            }
            if (parent == null || !parent.isFolder() || !tree.isLive(parent)) {
                DocwsErrors.answer(ex, 412, "VALIDATING_REFERENCE_ERROR", MISSING_PARENTS);
                return;
            }
            String name = segments.length == 0 ? "" : segments[segments.length - 1];
            String problem = NameRules.serviceNameProblem(name);
            if (problem != null) throw new BadRequest("update/documents: " + problem + " (\"path\")");
            Blob blob = verifiedContent(slot, body.path("data"));
            NameClashPolicy policy = body.path("allow_conflict").asBoolean(false)
                    ? NameClashPolicy.AUTO_RENAME : NameClashPolicy.REJECT;
            DriveItem file;
            try {
                file = tree.addFile(parent, name, new DriveTree.FileVersion(blob, false, millis(body, "mtime"),
                        millis(body, "btime")), policy, slot.documentId);
            } catch (TreeConflict c) {
                ObjectNode refused = Json.object();
                refused.set("status", documents.status(409, c.getMessage()));
                refused.putArray("results");
                ex.json(409, refused);
                return;
            }
            if (drive.settings().listingLag() > 0) tree.hideFromListings(file, drive.settings().listingLag());
            slot.committed = file;
            reply(ex, tree, owner, file, body);
        }
    }

    /** The uploaded content, checked against what the client says it committed. */
    private Blob verifiedContent(UploadSlots.Slot slot, JsonNode data) {
        Blob blob;
        String receipt;
        synchronized (slot) {
            blob = slot.blob;
            receipt = slot.receipt;
        }
        if (blob == null) {
            if (data.path("size").asLong(0) != 0) throw new BadRequest("update/documents: no content was POSTed to the upload URL");
            return drive.blobs().of(new byte[0]);
        }
        String signature = Json.text(data, "signature");
        if (blob.size() > 0 && signature == null) throw new BadRequest("update/documents: \"data.signature\" is required");
        if (signature != null && !signature.equals(DocwsUrls.b64(blob.fileChecksum()))) {
            throw new BadRequest("update/documents: \"data.signature\" is not the fileChecksum of the uploaded content");
        }
        if (receipt != null && !receipt.equals(Json.text(data, "receipt"))) {
            throw new BadRequest("update/documents: \"data.receipt\" is not the receipt the upload returned");
        }
        if (data.has("size") && data.path("size").asLong(-1) != blob.size()) {
            throw new BadRequest("update/documents: \"data.size\" is " + data.get("size") + " but " + blob.size() + " bytes were uploaded");
        }
        return blob;
    }

    private void reply(Exchange ex, DriveTree tree, String owner, DriveItem file, JsonNode body) {
        JsonNode flags = body.get("file_flags");
        ObjectNode result = Json.object();
        int code = drive.settings().commitStatusCode();
        result.set("status", documents.status(code, ""));
        result.putNull("operation_id");
        result.set("document", documents.document(ex, tree, owner, file, flags instanceof ObjectNode o ? o : null));
        ObjectNode reply = Json.object();
        reply.set("status", documents.status(code, ""));
        reply.putArray("results").add(result);
        ex.json(reply);
    }

    private static Instant millis(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (v.canConvertToLong()) return Instant.ofEpochMilli(v.asLong());
        try {
            return Instant.ofEpochMilli(Long.parseLong(v.asText().trim()));
        } catch (NumberFormatException e) {
            throw new BadRequest("update/documents: \"" + field + "\" must be epoch milliseconds, got " + v);
        }
    }
}

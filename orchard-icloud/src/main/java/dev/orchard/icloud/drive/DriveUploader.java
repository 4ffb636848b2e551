package dev.orchard.icloud.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.json.Jsons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * The three-step upload of a new document (docs/protocol/drive.md §4): reserve with upload/web in the parent's zone,
 * POST the bytes (streamed from the file), commit with update/documents carrying the local mtime so the
 * upload does not look newer than it is. An upload never replaces an existing document.
 */
public final class DriveUploader {
    private final DriveClient client;

    public DriveUploader(DriveClient client) {
        this.client = client;
    }

    /**
     * Uploads {@code source} as {@code name} into {@code parent}. {@code reserved} hears the new document id
     * before any byte is sent, so a caller can journal it. With {@code allowConflict} a taken name makes the
     * server pick another; read the name back from the result.
     */
    public RemoteItem upload(RemoteItem parent, String name, Path source, Instant mtime, boolean allowConflict,
                             Consumer<String> reserved) {
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String zone = parent.zone();
        String what = "uploading '" + name + "'";
        ObjectNode reserve = Jsons.object().put("filename", name).put("type", "FILE")
                .put("content_type", contentType(name)).put("size", size);
        JsonNode slot = client.post(client.docws(zone, "/upload/web") + "?" + client.session().standardParams(), reserve,
                DrivePolicies.MUTATION, what).path(0);
        String documentId = Jsons.text(slot, "document_id");
        String url = Jsons.text(slot, "url");
        if (documentId == null || url == null) {
            throw new DriveException(DriveException.Kind.PROTOCOL, 200, what + ": upload/web gave no document_id and url");
        }
        reserved.accept(documentId);

        JsonNode single = DriveErrors.check(client.session().http().send(ApiRequest.post(url)
                .header("Content-Type", "application/octet-stream").build(), source, DrivePolicies.IDEMPOTENT), what)
                .path("singleFile");
        if (single.isMissingNode()) throw new DriveException(DriveException.Kind.PROTOCOL, 200, what + ": no singleFile in the answer");
        if (single.path("size").asLong(size) != size) {
            throw new DriveException(DriveException.Kind.PROTOCOL, 200, what + ": the file changed while it was uploaded");
        }

        long millis = mtime.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        ObjectNode commit = Jsons.object().put("command", "add_file").put("create_short_guid", true)
                .put("document_id", documentId).put("allow_conflict", allowConflict).put("mtime", millis).put("btime", millis);
        commit.putObject("path").put("starting_document_id", parent.docwsid()).put("path", name);
        commit.putObject("file_flags").put("is_writable", true).put("is_executable", false).put("is_hidden", false);
        ObjectNode data = commit.putObject("data");
        data.put("signature", Jsons.text(single, "fileChecksum"));
        data.put("wrapping_key", Jsons.text(single, "wrappingKey"));
        data.put("reference_signature", Jsons.text(single, "referenceChecksum"));
        String receipt = Jsons.text(single, "receipt");
        if (receipt != null) data.put("receipt", receipt);
        data.put("size", size);
        JsonNode doc = client.post(client.docws(zone, "/update/documents") + "?errorBreakdown=true&"
                + client.session().standardParams(), commit, DrivePolicies.IDEMPOTENT, what).path("results").path(0).path("document");
        if (doc.isMissingNode()) throw new DriveException(DriveException.Kind.PROTOCOL, 200, what + ": the commit returned no document");
        return new RemoteItem(DriveIds.file(zone, documentId), documentId, zone, parent.drivewsid(),
                Jsons.text(doc, "name") == null ? name : Jsons.text(doc, "name"), ItemType.FILE, Jsons.text(doc, "etag"),
                doc.path("size").asLong(size), Instant.ofEpochMilli(doc.path("mtime").asLong(millis)));
    }

    private static String contentType(String name) {
        String t = URLConnection.guessContentTypeFromName(name);
        return t == null ? "application/octet-stream" : t;
    }
}

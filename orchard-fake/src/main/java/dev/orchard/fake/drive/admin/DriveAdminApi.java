package dev.orchard.fake.drive.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.content.Blob;
import dev.orchard.fake.drive.content.PackageZip;
import dev.orchard.fake.drive.seed.TreeGenerator;
import dev.orchard.fake.drive.tree.AppLibrary;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Handler;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /_fake/drive/...}: change an account's Drive as another device would while a client syncs, read it
 * back with content hashes, and turn the Drive knobs. Every request may name {@code account} (needed when
 * the fake has several) and {@code zone} (default com.apple.CloudDocs), in the JSON body or the query.
 */
public final class DriveAdminApi {
    private final FakeDrive drive;

    public DriveAdminApi(FakeDrive drive) {
        this.drive = drive;
    }

    public void register(Router r) {
        r.get("/_fake/drive/tree", admin(this::tree));
        r.get("/_fake/drive/content", admin(this::content));
        r.post("/_fake/drive/folders", admin(ex -> {
            JsonNode b = ex.json();
            RemoteDrive d = target(ex);
            String name = Json.text(b, "name");
            done(ex, d, name != null ? d.createFolderNamed(opt(ex, "parent", ""), name) : d.createFolder(req(ex, "path")));
        }));
        r.post("/_fake/drive/files", admin(ex -> {
            RemoteDrive d = target(ex);
            JsonNode b = ex.json();
            Blob content = content(b);
            boolean isPackage = b.has("files");
            String name = Json.text(b, "name");
            done(ex, d, name != null
                    ? d.createFileNamed(opt(ex, "parent", ""), name, content, isPackage, mtime(b))
                    : d.createFile(req(ex, "path"), content, isPackage, mtime(b)));
        }));
        r.post("/_fake/drive/edit", admin(ex -> {
            RemoteDrive d = target(ex);
            done(ex, d, d.editFile(req(ex, "path"), content(ex.json()), mtime(ex.json())));
        }));
        r.post("/_fake/drive/rename", admin(ex -> done(ex, target(ex), target(ex).rename(req(ex, "path"), req(ex, "name")))));
        r.post("/_fake/drive/move", admin(ex -> done(ex, target(ex), target(ex).move(req(ex, "path"), req(ex, "to")))));
        r.post("/_fake/drive/trash", admin(ex -> done(ex, target(ex), target(ex).trash(req(ex, "path")))));
        r.post("/_fake/drive/put-back", admin(ex -> done(ex, target(ex), target(ex).putBack(req(ex, "item")))));
        r.post("/_fake/drive/purge", admin(ex -> {
            target(ex).purge(req(ex, "item"));
            ex.json(ok());
        }));
        r.post("/_fake/drive/empty-trash", admin(ex -> ex.json(ok().put("deleted", target(ex).emptyTrash()))));
        r.post("/_fake/drive/generate", admin(this::generate));
        r.post("/_fake/drive/app-libraries", admin(ex -> {
            RemoteDrive d = target(ex);
            AppLibrary lib = new AppLibrary(req(ex, "zone"), req(ex, "name"), List.of(), List.of());
            d.tree().addAppLibrary(lib);
            ex.json(ok().put("drivewsid", "FOLDER::" + lib.zone() + "::documents"));
        }));
        r.get("/_fake/drive/settings", admin(ex -> ex.json(SettingsJson.render(drive.settings()))));
        r.post("/_fake/drive/settings", admin(ex -> {
            SettingsJson.apply(drive.settings(), ex.json());
            ex.json(SettingsJson.render(drive.settings()));
        }));
        r.post("/_fake/drive/settings/reset", admin(ex -> {
            SettingsJson.reset(drive.settings());
            ex.json(SettingsJson.render(drive.settings()));
        }));
        r.post("/_fake/drive/faults", admin(this::fault));
    }

    /** Turns IllegalArgumentException (bad paths, names, knobs) into 400 with its one-line message. */
    private static Handler admin(Handler h) {
        return ex -> {
            try {
                h.handle(ex);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        };
    }

    // The zone parameter names the zone to work in; app-libraries uses "zone" for the new library instead.
    private RemoteDrive target(Exchange ex) {
        String account = param(ex, "account");
        RemoteDrive d = account == null ? drive.account() : drive.account(account);
        String zone = ex.path().endsWith("/app-libraries") ? null : param(ex, "zone");
        return zone == null ? d : d.zone(zone);
    }

    private static String param(Exchange ex, String name) {
        String v = "GET".equals(ex.method()) ? null : Json.text(ex.json(), name);
        return v != null ? v : ex.query(name);
    }

    private static String req(Exchange ex, String name) {
        String v = param(ex, name);
        if (v == null) throw new BadRequest("\"" + name + "\" is required");
        return v;
    }

    private static String opt(Exchange ex, String name, String fallback) {
        String v = param(ex, name);
        return v == null ? fallback : v;
    }

    private void tree(Exchange ex) {
        RemoteDrive d = target(ex);
        ObjectNode out = Json.object();
        out.set("items", entries(d.list()));
        out.set("trash", entries(d.listTrash()));
        ex.json(out);
    }

    private static ArrayNode entries(List<RemoteDrive.Entry> list) {
        ArrayNode a = Json.array();
        for (RemoteDrive.Entry e : list) {
            ObjectNode o = a.addObject().put("path", e.path()).put("type", e.type()).put("size", e.size());
            if (e.sha256() != null) o.put("sha256", e.sha256());
            o.put("etag", e.etag()).put("drivewsid", e.drivewsid()).put("modified", e.modified().toString());
        }
        return a;
    }

    private void content(Exchange ex) {
        byte[] bytes = target(ex).read(req(ex, "path"));
        ex.bytes(200, "application/octet-stream", bytes);
    }

    private void generate(Exchange ex) {
        RemoteDrive d = target(ex);
        JsonNode b = ex.json();
        TreeGenerator.Spec spec = new TreeGenerator.Spec(b.path("files").asInt(0), b.path("folders").asInt(0),
                b.path("seed").asLong(1), b.path("maxFileSize").asLong(64 * 1024));
        String under = Json.text(b, "under");
        DriveItem root = under == null || under.isEmpty() ? d.item("") : d.item(under);
        if (root == null) root = d.createFolder(under);
        long bytes = TreeGenerator.generate(d.tree(), root, drive.blobs(), spec);
        ex.json(ok().put("files", spec.files()).put("folders", spec.folders()).put("bytes", bytes));
    }

    private void fault(Exchange ex) {
        JsonNode b = ex.json();
        String kind = Json.text(b, "kind");
        switch (kind == null ? "" : kind) {
            case "access-denied" -> drive.faults().accessDenied(Duration.ofSeconds(b.path("seconds").asLong(900)),
                    b.path("grows").asBoolean(false), b.path("status").asInt(403));
            case "clear-access-denied" -> drive.faults().clearAccessDenied();
            case "expire-sessions" -> {
                String account = Json.text(b, "account");
                RemoteDrive d = account == null ? drive.account() : drive.account(account);
                ex.json(ok().put("expired", drive.faults().expireSessions(d.account())));
                return;
            }
            case "flaky-400" -> drive.faults().flaky400(b.path("rate").asDouble(1.0), b.path("count").asInt(1));
            default -> throw new BadRequest("\"kind\" must be access-denied, clear-access-denied, expire-sessions or flaky-400");
        }
        ex.json(ok());
    }

    /** The content a request describes: text, base64, size (+ seed) or files (a package). */
    private Blob content(JsonNode b) throws IOException {
        int given = (b.has("text") ? 1 : 0) + (b.has("base64") ? 1 : 0) + (b.has("size") ? 1 : 0) + (b.has("files") ? 1 : 0);
        if (given != 1) throw new BadRequest("give exactly one of \"text\", \"base64\", \"size\" (with optional \"seed\") or \"files\"");
        if (b.has("text")) return drive.blobs().of(b.get("text").asText().getBytes(StandardCharsets.UTF_8));
        if (b.has("base64")) {
            try {
                return drive.blobs().of(Base64.getDecoder().decode(b.get("base64").asText()));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("\"base64\" is not valid base64");
            }
        }
        if (b.has("size")) return drive.blobs().generated(b.path("seed").asLong(1), b.get("size").asLong());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : b.get("files").properties()) {
            files.put(f.getKey(), f.getValue().asText().getBytes(StandardCharsets.UTF_8));
        }
        return drive.blobs().write(PackageZip.of(files));
    }

    /** {@code mtime} as ISO-8601 or epoch seconds; null when absent (now). */
    private static Instant mtime(JsonNode b) {
        JsonNode v = b.get("mtime");
        if (v == null || v.isNull()) return null;
        if (v.canConvertToLong()) return Instant.ofEpochSecond(v.asLong());
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new BadRequest("\"mtime\" must be ISO-8601 (2024-05-01T10:00:00Z) or epoch seconds, got " + v.asText());
        }
    }

    private static void done(Exchange ex, RemoteDrive d, DriveItem item) {
        ObjectNode o = ok();
        synchronized (d.tree()) {
            o.put("path", d.tree().path(item)).put("drivewsid", item.drivewsid()).put("etag", item.etag())
                    .put("name", item.name());
        }
        ex.json(o);
    }

    private static ObjectNode ok() {
        return Json.object().put("ok", true);
    }
}

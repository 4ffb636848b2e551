package dev.orchard.fake.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.photos.content.Checksum;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The signed-in endpoints, as pyicloud calls them: {@code POST /<dsid>/sharedstreams/webgetalbumslist} {@code {}},
 * then per album {@code POST <albumlocation>webgetassetcount} {@code {"albumguid"}} and
 * {@code POST <albumlocation>webgetassets} {@code {"albumguid","albumctag","offset","limit"}} (strings; limit is
 * the end of the window, as pyicloud sends it) answering CloudKit-shaped CPLMaster/CPLAsset records.
 */
final class StreamRoutes {
    private final ServiceContext context;
    private final SharedStreams streams;

    StreamRoutes(ServiceContext context, SharedStreams streams) {
        this.context = context;
        this.streams = streams;
    }

    void register(Router r) {
        r.post("/{dsid}/sharedstreams/webgetalbumslist", this::albums);
        r.post("/{dsid}/sharedstreams/webgetassetcount", this::count);
        r.post("/{dsid}/sharedstreams/webgetassets", this::assets);
    }

    private WebSession session(Exchange ex) {
        WebSession s = context.sessions().require(ex);
        if (s == null) return null;
        if (!s.account().dsid().equals(ex.pathParam("dsid"))) {
            ex.json(403, error("ACCESS_DENIED", "dsid does not match the session"));
            return null;
        }
        return s;
    }

    private void albums(Exchange ex) {
        WebSession s = session(ex);
        if (s == null) return;
        String dsid = s.account().dsid();
        ArrayNode list = Json.array();
        for (SharedAlbum a : streams.visibleTo(dsid)) {
            ObjectNode o = list.addObject();
            o.put("albumguid", a.guid());
            o.put("albumctag", a.ctag());
            o.put("albumlocation", PublicUrls.service(ex, "sharedstreams") + "/" + dsid + "/sharedstreams/");
            o.put("ownerdsid", a.owner().dsid());
            o.put("sharingtype", a.owner().dsid().equals(dsid) ? "owned" : "subscribed");
            o.put("iswebuploadsupported", false);
            if (a.isPublic()) o.put("publicurl", SharedStreams.publicLink(a));
            ObjectNode attr = o.putObject("attributes");
            attr.put("name", a.name());
            attr.put("creationDate", Long.toString(a.createdMillis()));
            attr.put("allowcontributions", true);
            attr.put("ispublic", a.isPublic());
        }
        ObjectNode out = Json.object();
        out.set("albums", list);
        ex.json(out);
    }

    private SharedAlbum album(Exchange ex, WebSession s) {
        JsonNode body = ex.json();
        String guid = Json.text(body, "albumguid");
        if (guid == null) throw new BadRequest("albumguid is required");
        SharedAlbum a = streams.find(guid);
        if (a == null || !a.visibleTo(s.account().dsid())) {
            ex.json(404, error("NOT_FOUND", "album not found"));
            return null;
        }
        return a;
    }

    private void count(Exchange ex) {
        WebSession s = session(ex);
        if (s == null) return;
        SharedAlbum a = album(ex, s);
        if (a == null) return;
        ObjectNode out = Json.object();
        out.put("albumassetcount", a.items().size());
        ex.json(out);
    }

    private void assets(Exchange ex) {
        WebSession s = session(ex);
        if (s == null) return;
        SharedAlbum a = album(ex, s);
        if (a == null) return;
        int offset = number(ex.json(), "offset");
        int limit = number(ex.json(), "limit");
        List<SharedItem> items = a.items();
        ArrayNode records = Json.array();
        long expires = context.clock().instant().plus(streams.urlTtl()).getEpochSecond();
        String cdn = PublicUrls.cdn(ex);
        for (int i = offset; i < Math.min(limit, items.size()); i++) {
            SharedItem item = items.get(i);
            records.add(master(a, item, cdn, expires));
            records.add(asset(item));
        }
        ObjectNode out = Json.object();
        out.set("records", records);
        ex.json(out);
    }

    private static int number(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isTextual() || !v.asText().matches("\\d{1,9}")) throw new BadRequest(field + " must be a decimal string");
        return Integer.parseInt(v.asText());
    }

    private static ObjectNode master(SharedAlbum a, SharedItem item, String cdn, long expires) {
        Checksum full = item.fullChecksum();
        ObjectNode m = Json.object();
        m.put("recordName", full.base64());
        m.put("recordType", "CPLMaster");
        ObjectNode f = m.putObject("fields");
        field(f, "filenameEnc", Base64.getEncoder().encodeToString(item.filename().getBytes(StandardCharsets.UTF_8)),
                "ENCRYPTED_BYTES");
        field(f, "itemType", item.uti(), "STRING");
        f.putObject("originalCreationDate").put("value", item.dateMillis()).put("type", "TIMESTAMP");
        resource(f, "resOriginal", full, item.full().length, item.uti(), item.width(), item.height(),
                cdn + StreamContent.path(a, item, StreamContent.Kind.FULL, expires));
        resource(f, "resJPEGMed", item.mediumChecksum(), item.medium().length, "public.jpeg", 640, 480,
                cdn + StreamContent.path(a, item, StreamContent.Kind.MEDIUM, expires));
        return m;
    }

    private static void resource(ObjectNode f, String prefix, Checksum c, long size, String uti, int w, int h, String url) {
        ObjectNode v = f.putObject(prefix + "Res").put("type", "ASSETID").putObject("value");
        v.put("fileChecksum", c.base64());
        v.put("size", size);
        v.put("downloadURL", url);
        field(f, prefix + "FileType", uti, "STRING");
        f.putObject(prefix + "Width").put("value", w).put("type", "INT64");
        f.putObject(prefix + "Height").put("value", h).put("type", "INT64");
    }

    private static ObjectNode asset(SharedItem item) {
        ObjectNode a = Json.object();
        a.put("recordName", item.guid());
        a.put("recordType", "CPLAsset");
        ObjectNode f = a.putObject("fields");
        f.putObject("masterRef").put("type", "REFERENCE").putObject("value").put("recordName", item.fullChecksum().base64());
        f.putObject("assetDate").put("value", item.dateMillis()).put("type", "TIMESTAMP");
        if (item.caption() != null) {
            field(f, "captionEnc", Base64.getEncoder().encodeToString(item.caption().getBytes(StandardCharsets.UTF_8)),
                    "ENCRYPTED_BYTES");
        }
        if (item.contributor() != null) field(f, "contributedBy", item.contributor().dsid(), "STRING");
        return a;
    }

    private static void field(ObjectNode fields, String name, String value, String type) {
        fields.putObject(name).put("value", value).put("type", type);
    }

    static ObjectNode error(String code, String reason) {
        ObjectNode e = Json.object();
        e.put("serverErrorCode", code);
        e.put("reason", reason);
        return e;
    }
}

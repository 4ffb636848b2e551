package dev.orchard.fake.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Public links, which need no sign-in: {@code POST /<token>/sharedstreams/webstream} {@code {"streamCtag":null}}
 * lists the album with each item's derivatives (sizes as strings, an opaque checksum that is not a file hash),
 * and {@code POST /<token>/sharedstreams/webasseturls} {@code {"photoGuids":[...]}} maps each derivative's
 * checksum to a download location and path.
 */
final class PublicStreamRoutes {
    private final ServiceContext context;
    private final SharedStreams streams;

    PublicStreamRoutes(ServiceContext context, SharedStreams streams) {
        this.context = context;
        this.streams = streams;
    }

    void register(Router r) {
        r.post("/{token}/sharedstreams/webstream", this::stream);
        r.post("/{token}/sharedstreams/webasseturls", this::urls);
    }

    private SharedAlbum album(Exchange ex) {
        SharedAlbum a = streams.byPublicToken(ex.pathParam("token"));
        if (a == null) ex.json(404, StreamRoutes.error("NOT_FOUND", "stream not found"));
        return a;
    }

    private void stream(Exchange ex) {
        SharedAlbum a = album(ex);
        if (a == null) return;
        ex.json();
        ObjectNode out = Json.object();
        out.put("streamName", a.name());
        out.put("userFirstName", a.owner().firstName());
        out.put("userLastName", a.owner().lastName());
        out.put("streamCtag", a.ctag());
        ArrayNode photos = out.putArray("photos");
        for (SharedItem item : a.items()) {
            ObjectNode p = photos.addObject();
            p.put("photoGuid", item.guid());
            p.put("batchGuid", item.batchGuid());
            p.put("dateCreated", Instant.ofEpochMilli(item.dateMillis()).toString());
            p.put("batchDateCreated", Instant.ofEpochMilli(item.dateMillis()).toString());
            p.put("width", Integer.toString(item.width()));
            p.put("height", Integer.toString(item.height()));
            if (item.caption() != null) p.put("caption", item.caption());
            if (item.contributor() != null) {
                p.put("contributorFirstName", item.contributor().firstName());
                p.put("contributorLastName", item.contributor().lastName());
                p.put("contributorFullName", item.contributor().fullName());
            }
            if (item.video()) p.put("mediaAssetType", "video");
            ObjectNode d = p.putObject("derivatives");
            derivative(d, item.video() ? "720p" : Integer.toString(Math.max(item.width(), item.height())), item,
                    StreamContent.Kind.FULL, item.width(), item.height());
            derivative(d, item.video() ? "PosterFrame" : "640", item, StreamContent.Kind.MEDIUM, 640, 480);
        }
        out.put("itemsReturned", Integer.toString(a.items().size()));
        ex.json(out);
    }

    private static void derivative(ObjectNode d, String key, SharedItem item, StreamContent.Kind kind, int w, int h) {
        byte[] body = kind == StreamContent.Kind.FULL ? item.full() : item.medium();
        ObjectNode o = d.putObject(key);
        o.put("fileSize", Integer.toString(body.length));
        o.put("checksum", opaqueChecksum(item, kind));
        o.put("width", Integer.toString(w));
        o.put("height", Integer.toString(h));
    }

    /** Apple's public derivative checksums are 42-character tokens nobody has matched to a file hash. */
    static String opaqueChecksum(SharedItem item, StreamContent.Kind kind) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((item.guid() + kind).getBytes(StandardCharsets.UTF_8));
            return "01" + HexFormat.of().formatHex(d).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void urls(Exchange ex) {
        SharedAlbum a = album(ex);
        if (a == null) return;
        JsonNode guids = ex.json().get("photoGuids");
        if (guids == null || !guids.isArray()) throw new BadRequest("photoGuids must be an array");
        URI cdn = URI.create(PublicUrls.cdn(ex));
        String location = cdn.getHost() + (cdn.getPort() > 0 ? ":" + cdn.getPort() : "");
        long expires = context.clock().instant().plus(streams.urlTtl()).getEpochSecond();
        ObjectNode out = Json.object();
        ObjectNode items = out.putObject("items");
        for (JsonNode g : guids) {
            SharedItem item = a.item(g.asText());
            if (item == null) continue;
            for (StreamContent.Kind kind : StreamContent.Kind.values()) {
                ObjectNode o = items.putObject(opaqueChecksum(item, kind));
                o.put("url_expiry", Instant.ofEpochSecond(expires).toString());
                o.put("url_location", location);
                o.put("url_path", StreamContent.path(a, item, kind, expires));
            }
        }
        ObjectNode loc = out.putObject("locations").putObject(location);
        loc.put("scheme", cdn.getScheme());
        loc.putArray("hosts").add(location);
        ex.json(out);
    }
}

package dev.orchard.app.web.library;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.photos.library.SharedAlbums;

import java.nio.file.Path;
import java.time.Instant;

/** The Shared Albums API's JSON (README, "The web library"); details are shaped like an asset's so one viewer shows both. */
final class SharedJson {
    private SharedJson() {
    }

    static ObjectNode albums(SharedAlbums shared) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        ArrayNode list = o.putArray("albums");
        for (SharedAlbums.Album a : shared.albums()) {
            ObjectNode x = list.addObject();
            x.put("id", a.id());
            x.put("name", a.name());
            x.put("path", a.dir());
            x.put("count", a.items().size());
            SharedAlbums.Item cover = a.items().isEmpty() ? null : a.items().get(0);
            if (cover != null) x.put("cover", thumbnail(cover));
        }
        return o;
    }

    static ObjectNode album(SharedAlbums.Album a) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("path", a.dir());
        ArrayNode items = o.putArray("items");
        for (SharedAlbums.Item i : a.items()) items.add(item(i));
        return o;
    }

    private static ObjectNode item(SharedAlbums.Item i) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        o.put("id", i.id());
        if (i.date() != null) o.put("taken", Instant.ofEpochMilli(i.date()).toString());
        o.put("kind", i.kind());
        o.put("name", i.name());
        o.put("thumbnail", thumbnail(i));
        return o;
    }

    private static String thumbnail(SharedAlbums.Item i) {
        return "shared/items/" + i.id() + "/thumbnail?v=" + i.version();
    }

    static ObjectNode details(SharedAlbums.Item i, Path root) {
        ObjectNode o = item(i);
        String base = "shared/items/" + i.id() + "/";
        String v = "?v=" + i.version();
        o.put("shared", true);
        o.putObject("sharedAlbum").put("id", i.albumId()).put("name", i.albumName());
        if (i.caption() != null) o.put("caption", i.caption());
        if (i.contributor() != null) o.put("contributor", i.contributor());
        o.put("preview", base + "preview" + v);
        o.put("original", base + "original" + v);
        ObjectNode f = o.putArray("files").addObject();
        f.put("role", "ORIGINAL");
        f.put("path", i.path());
        f.put("onDisk", root.resolve(i.path()).toString());
        f.put("size", i.size());
        f.put("state", "PRESENT");
        // Apple's checksum when the service gave one; otherwise the SHA-256 recorded at download (photos verify checks it).
        f.put("verified", i.checksum() != null);
        o.putArray("albums");
        return o;
    }
}

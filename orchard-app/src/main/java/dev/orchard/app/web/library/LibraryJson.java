package dev.orchard.app.web.library;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.photos.library.AlbumNode;
import dev.orchard.photos.library.AssetDetails;
import dev.orchard.photos.library.AssetFile;
import dev.orchard.photos.library.MonthCount;
import dev.orchard.photos.library.TimelineItem;
import dev.orchard.photos.library.TimelinePage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The API's JSON shapes (documented in the README); URLs are relative to /api/photos/. */
final class LibraryJson {
    private LibraryJson() {
    }

    static ObjectNode page(TimelinePage p) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        p.items().forEach(i -> items.add(item(i)));
        o.put("next", p.next());
        return o;
    }

    static ObjectNode item(TimelineItem i) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        o.put("id", i.id());
        o.put("taken", Instant.ofEpochMilli(i.taken()).toString());
        o.put("offset", i.offset());
        o.put("kind", i.kind());
        o.put("name", i.name());
        o.put("favorite", i.favorite());
        if (i.archived()) o.put("archived", true);
        if (i.leftICloud()) o.put("leftICloud", true);
        o.put("thumbnail", "assets/" + i.id() + "/thumbnail?v=" + i.version());
        return o;
    }

    static ObjectNode details(AssetDetails d, Path root) {
        ObjectNode o = item(d.item());
        String v = "?v=" + d.item().version();
        o.put("zone", d.zone());
        o.put("recordName", d.recordName());
        o.put("added", Instant.ofEpochMilli(d.added()).toString());
        o.put("hidden", d.hidden());
        o.put("inICloud", d.inICloud());
        o.put("fileType", d.fileType());
        if (d.width() > 0) {
            o.put("width", d.width());
            o.put("height", d.height());
        }
        if (d.archivedAt() != null) o.put("archivedAt", Instant.ofEpochMilli(d.archivedAt()).toString());
        o.put("preview", "assets/" + d.item().id() + "/preview" + v);
        AssetFile original = d.file("ORIGINAL");
        if (original != null && original.onDisk()) o.put("original", "assets/" + d.item().id() + "/original" + v);
        AssetFile live = d.file("LIVE_VIDEO");
        if (live != null && live.onDisk()) o.put("live", "assets/" + d.item().id() + "/live" + v);
        AssetFile edited = d.file("EDITED");
        if (edited != null && edited.onDisk()) o.put("edited", "assets/" + d.item().id() + "/edited" + v);
        ArrayNode files = o.putArray("files");
        for (AssetFile f : d.files()) {
            ObjectNode x = files.addObject();
            x.put("role", f.role());
            x.put("path", f.path());
            if (f.path() != null) x.put("onDisk", root.resolve(f.path()).toString());
            x.put("size", f.size());
            x.put("fileType", f.fileType());
            x.put("state", f.state());
            x.put("verified", f.verified());
            if (f.verified() && f.verifiedAt() != null) x.put("verifiedAt", Instant.ofEpochMilli(f.verifiedAt()).toString());
        }
        ArrayNode albums = o.putArray("albums");
        for (AssetDetails.AlbumRef a : d.albums()) {
            ObjectNode x = albums.addObject();
            x.put("id", a.id());
            x.put("name", a.name());
            x.put("path", a.path());
        }
        return o;
    }

    static ObjectNode albums(List<AlbumNode> list) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        ArrayNode a = o.putArray("albums");
        for (AlbumNode n : list) {
            ObjectNode x = a.addObject();
            x.put("id", n.id());
            x.put("name", n.name());
            x.put("path", n.path());
            x.put("folder", n.folder());
            x.put("parent", n.parent());
            x.put("count", n.count());
            x.put("cover", n.cover() == null ? null : "assets/" + n.cover() + "/thumbnail");
            x.put("frozen", n.frozen());
        }
        return o;
    }

    static ObjectNode months(List<MonthCount> list) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        ArrayNode a = o.putArray("months");
        for (MonthCount m : list) a.addObject().put("month", m.month()).put("count", m.count());
        return o;
    }

    /** The accounts whose libraries the page can show: {@code {"accounts": ["mum@example.com", ...]}}, empty for one unnamed library. */
    static ObjectNode accounts(List<AccountLibrary> libraries) {
        ObjectNode o = Jsons.MAPPER.createObjectNode();
        var list = o.putArray("accounts");
        libraries.stream().filter(l -> l.account() != null).forEach(l -> list.add(l.account()));
        return o;
    }

    static ObjectNode error(String message) {
        return Jsons.MAPPER.createObjectNode().put("error", message);
    }
}

package dev.orchard.fake.photos.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.PhotosSettings;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.IndexKey;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Zone;

/** The admin summary of a library: per zone, how many assets of each state, albums and the change-log length. */
final class LibrarySummary {
    private LibrarySummary() {
    }

    static ObjectNode of(PhotoLibrary lib, PhotosSettings settings) {
        return lib.read(() -> {
            ObjectNode o = Json.object();
            o.put("seed", lib.seed());
            ArrayNode zones = o.putArray("zones");
            for (Zone z : lib.zones()) {
                ObjectNode zn = zones.addObject();
                zn.put("name", z.name());
                zn.put("assets", z.assets().size());
                zn.put("allPhotos", z.index(IndexKey.of(IndexKey.Kind.ALL)).size());
                zn.put("hidden", z.index(IndexKey.of(IndexKey.Kind.HIDDEN)).size());
                zn.put("recentlyDeleted", z.index(IndexKey.of(IndexKey.Kind.DELETED)).size());
                zn.put("edited", z.assets().stream().filter(a -> a.edit() != null).count());
                zn.put("live", z.assets().stream().filter(a -> a.master().live()).count());
                zn.put("videos", z.assets().stream().filter(Asset::video).count());
                zn.put("albums", z.albums().stream().filter(a -> !a.special() && !a.deleted() && !a.folder()).count());
                zn.put("folders", z.albums().stream().filter(a -> !a.special() && !a.deleted() && a.folder()).count());
                zn.put("changeLogPosition", z.logPosition());
            }
            ArrayNode albums = o.putArray("albums");
            for (Album a : lib.primary().albums()) {
                if (a.special() || a.deleted()) continue;
                albums.add(PhotosAdminApi.albumJson(a).put("members", a.members().size()));
            }
            o.set("settings", SettingsJson.render(settings));
            return o;
        });
    }
}

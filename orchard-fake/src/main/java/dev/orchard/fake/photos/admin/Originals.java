package dev.orchard.fake.photos.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Resource;
import dev.orchard.fake.photos.library.ResourceRole;
import dev.orchard.fake.photos.library.Zone;

import java.util.Map;

/**
 * The library's files that a backup must keep, one entry per asset and file: the original, the RAW+JPEG
 * alternative, the Live Photo video and the rendered edit, each with its checksum, so a test can compare
 * what a client downloaded with what the fake holds.
 */
final class Originals {
    private static final Map<ResourceRole, String> ROLES = Map.of(
            ResourceRole.ORIGINAL, "original",
            ResourceRole.ORIGINAL_ALT, "alternative",
            ResourceRole.ORIGINAL_VID_COMPL, "live-video");

    private Originals() {
    }

    static ObjectNode of(PhotoLibrary lib) {
        return lib.read(() -> {
            ObjectNode o = Json.object();
            ArrayNode files = o.putArray("files");
            for (Zone z : lib.zones()) {
                for (Asset a : z.assets()) {
                    for (ResourceRole role : ResourceRole.values()) {
                        Resource r = a.master().resources().get(role);
                        if (r != null && ROLES.containsKey(role)) files.add(entry(z, a, ROLES.get(role), r));
                    }
                    if (a.edit() != null && a.edit().rendered() != null) files.add(entry(z, a, "edited", a.edit().rendered()));
                }
            }
            return o;
        });
    }

    private static ObjectNode entry(Zone z, Asset a, String role, Resource r) {
        ObjectNode e = Json.object();
        e.put("zone", z.name());
        e.put("asset", a.recordName());
        e.put("master", a.master().recordName());
        e.put("role", role);
        if (a.master().filename() != null) e.put("filename", a.master().filename());
        else e.putNull("filename");
        e.put("fileChecksum", r.checksum().base64());
        e.put("fileChecksumUrl", r.checksum().base64Url());
        e.put("size", r.size());
        e.put("itemType", r.format().uti());
        e.put("favorite", a.favorite());
        e.put("hidden", a.hidden());
        e.put("deleted", a.trashed());
        return e;
    }
}

package dev.orchard.fake.photos.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.cdn.DownloadUrls;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Resource;
import dev.orchard.fake.photos.library.ResourceRole;
import dev.orchard.fake.photos.library.Zone;

import java.util.Map;

/**
 * The library's files that a backup must keep, one entry per asset and file: the original, the RAW+JPEG
 * alternative, the Live Photo video and the rendered edit, each with its checksum, so a test can compare
 * what a client downloaded with what the fake holds. Each entry has a fresh CDN {@code downloadURL}, so a
 * benchmark can fetch the same files the way a client would (latency, bandwidth and faults of the CDN apply).
 */
final class Originals {
    private static final Map<ResourceRole, String> ROLES = Map.of(
            ResourceRole.ORIGINAL, "original",
            ResourceRole.ORIGINAL_ALT, "alternative",
            ResourceRole.ORIGINAL_VID_COMPL, "live-video");

    private Originals() {
    }

    static ObjectNode of(PhotoLibrary lib, String cdnOrigin, long expiresEpochSeconds) {
        return lib.read(() -> {
            ObjectNode o = Json.object();
            ArrayNode files = o.putArray("files");
            for (Zone z : lib.zones()) {
                for (Asset a : z.assets()) {
                    for (ResourceRole role : ResourceRole.values()) {
                        Resource r = a.master().resources().get(role);
                        if (r != null && ROLES.containsKey(role)) files.add(entry(z, a, ROLES.get(role), r, cdnOrigin, expiresEpochSeconds));
                    }
                    if (a.edit() != null && a.edit().rendered() != null) files.add(entry(z, a, "edited", a.edit().rendered(), cdnOrigin, expiresEpochSeconds));
                }
            }
            return o;
        });
    }

    private static ObjectNode entry(Zone z, Asset a, String role, Resource r, String cdn, long expires) {
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
        e.put("downloadURL", DownloadUrls.of(cdn, r.checksum(), z.name(), expires));
        return e;
    }
}

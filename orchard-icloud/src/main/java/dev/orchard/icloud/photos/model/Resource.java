package dev.orchard.icloud.photos.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkRecord;

/** One downloadable file: its {@code fileChecksum} (docs/protocol/photos.md §5), size, UTI and pre-signed download URL. */
public record Resource(ResourceRole role, String checksum, long size, String fileType, String downloadUrl) {

    /** The resource of {@code role} on {@code record}, or null when the record has none. */
    public static Resource of(CkRecord record, ResourceRole role) {
        JsonNode v = record.value(role.prefix() + "Res");
        if (v == null || !v.isObject()) return null;
        String checksum = Jsons.text(v, "fileChecksum");
        if (checksum == null) return null;
        String type = record.string(role.prefix() + "FileType");
        return new Resource(role, checksum, v.path("size").asLong(-1), type, Jsons.text(v, "downloadURL"));
    }

    public Resource withUrl(String url) {
        return new Resource(role, checksum, size, fileType, url);
    }

    @Override
    public String toString() {
        return role + " " + checksum + " (" + size + " bytes, " + fileType + ")";
    }
}

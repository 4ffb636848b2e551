package dev.orchard.icloud.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;

/**
 * A photo library zone: {@code PrimarySync} (the personal library) or a {@code SharedSync-<UUID>} (the
 * iCloud Shared Photo Library), in the database where it was found (docs/protocol/photos.md §1).
 */
public record PhotoZone(String database, String zoneName, String ownerRecordName, String zoneType) {
    public static final String PRIMARY = "PrimarySync";
    public static final String SHARED_PREFIX = "SharedSync-";

    public static PhotoZone primary() {
        return new PhotoZone("private", PRIMARY, null, null);
    }

    public static PhotoZone parse(String database, JsonNode zoneId) {
        return new PhotoZone(database, Jsons.text(zoneId, "zoneName"), Jsons.text(zoneId, "ownerRecordName"),
                Jsons.text(zoneId, "zoneType"));
    }

    public boolean isShared() {
        return zoneName.startsWith(SHARED_PREFIX);
    }

    /** Zones worth syncing: the personal library and shared libraries (not AppLibrarySync-* and the like). */
    public static boolean isPhotoLibrary(String zoneName) {
        return zoneName != null && (zoneName.equals(PRIMARY) || zoneName.startsWith(SHARED_PREFIX));
    }

    /** The {@code zoneID} object for requests. */
    public ObjectNode zoneId() {
        ObjectNode z = Jsons.object().put("zoneName", zoneName);
        if (ownerRecordName != null) z.put("ownerRecordName", ownerRecordName);
        if (zoneType != null) z.put("zoneType", zoneType);
        return z;
    }

    @Override
    public String toString() {
        return database + "/" + zoneName;
    }
}

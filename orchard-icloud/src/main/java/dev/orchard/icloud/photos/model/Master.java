package dev.orchard.icloud.photos.model;

import dev.orchard.icloud.photos.cloudkit.CkRecord;

import java.util.EnumMap;
import java.util.Map;

/** A CPLMaster: the captured file(s) of one or more assets (docs/protocol/photos.md §2). {@code filename} may be null. */
public record Master(String recordName, String zoneName, String filename, String itemType, int dataClassType,
                     String changeTag, Map<ResourceRole, Resource> resources) {
    public static final String TYPE = "CPLMaster";

    public static Master parse(CkRecord r) {
        Map<ResourceRole, Resource> res = new EnumMap<>(ResourceRole.class);
        for (ResourceRole role : ResourceRole.values()) {
            if (role.onAsset()) continue;
            Resource x = Resource.of(r, role);
            if (x != null) res.put(role, x);
        }
        return new Master(r.recordName(), r.zoneName(), r.text("filenameEnc"), r.string("itemType"),
                (int) r.number("dataClassType", 0), r.changeTag(), Map.copyOf(res));
    }

    public Resource resource(ResourceRole role) {
        return resources.get(role);
    }
}

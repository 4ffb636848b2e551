package dev.orchard.icloud.photos.model;

import dev.orchard.icloud.photos.cloudkit.CkRecord;

import java.util.EnumMap;
import java.util.Map;

/**
 * A CPLAsset: a library entry pointing at its master, with the user's state (favourite, hidden, in Recently
 * Deleted) and the rendered edit if any (docs/protocol/photos.md §2). Dates are epoch milliseconds; the capture's local
 * time is {@code assetDate + timeZoneOffset} seconds.
 */
public record Asset(String recordName, String zoneName, String masterId, String changeTag, long assetDate, long addedDate,
                    int timeZoneOffset, boolean favorite, boolean hidden, boolean trashed, int subtypeV2,
                    String adjustmentType, Map<ResourceRole, Resource> resources) {
    public static final String TYPE = "CPLAsset";
    static final int LIVE_PHOTO = 2;

    public static Asset parse(CkRecord r) {
        Map<ResourceRole, Resource> res = new EnumMap<>(ResourceRole.class);
        for (ResourceRole role : ResourceRole.values()) {
            if (!role.onAsset()) continue;
            Resource x = Resource.of(r, role);
            if (x != null) res.put(role, x);
        }
        long assetDate = r.number("assetDate", 0);
        return new Asset(r.recordName(), r.zoneName(), r.reference("masterRef"), r.changeTag(), assetDate,
                r.number("addedDate", assetDate), (int) r.number("timeZoneOffset", 0), r.flag("isFavorite"),
                r.flag("isHidden"), r.flag("isDeleted") || r.flag("isExpunged"), (int) r.number("assetSubtypeV2", 0),
                r.string("adjustmentType"), Map.copyOf(res));
    }

    public Resource resource(ResourceRole role) {
        return resources.get(role);
    }
}

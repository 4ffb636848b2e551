package dev.orchard.icloud.photos.model;

import dev.orchard.icloud.photos.cloudkit.CkRecord;

import java.util.EnumMap;
import java.util.Map;

/**
 * A CPLAsset: a library entry pointing at its master, with the user's state (favourite, hidden, in Recently
 * Deleted) and the rendered edit if any (docs/protocol/photos.md §2). Dates are epoch milliseconds; the capture's local
 * time is {@code assetDate + timeZoneOffset} seconds. {@code subtype} is {@code assetSubtype} and {@code burstId}
 * names the burst the asset belongs to (null outside bursts); the smart albums are derived from them. {@code meta} is
 * what the user wrote and where it was taken (only read when the listing asked for it, see {@code CkQueries.METADATA_KEYS}).
 */
public record Asset(String recordName, String zoneName, String masterId, String changeTag, long assetDate, long addedDate,
                    int timeZoneOffset, boolean favorite, boolean hidden, boolean trashed, int subtypeV2,
                    String adjustmentType, int subtype, String burstId, Map<ResourceRole, Resource> resources,
                    AssetMetadata meta) {
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
                r.string("adjustmentType"), (int) r.number("assetSubtype", 0), r.string("burstId"), Map.copyOf(res), metadata(r));
    }

    private static AssetMetadata metadata(CkRecord r) {
        AssetMetadata m = new AssetMetadata(blankToNull(r.text("captionEnc")), blankToNull(r.text("extendedDescEnc")),
                MetadataPlists.keywords(r.bytes("keywordsEnc")), MetadataPlists.location(r.bytes("locationEnc")),
                (int) r.number("orientation", 0));
        return m.isEmpty() ? AssetMetadata.NONE : m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Asset {
        if (meta == null) meta = AssetMetadata.NONE;
    }

    public Asset(String recordName, String zoneName, String masterId, String changeTag, long assetDate, long addedDate,
                 int timeZoneOffset, boolean favorite, boolean hidden, boolean trashed, int subtypeV2, String adjustmentType,
                 int subtype, String burstId, Map<ResourceRole, Resource> resources) {
        this(recordName, zoneName, masterId, changeTag, assetDate, addedDate, timeZoneOffset, favorite, hidden, trashed, subtypeV2,
                adjustmentType, subtype, burstId, resources, AssetMetadata.NONE);
    }

    public Asset(String recordName, String zoneName, String masterId, String changeTag, long assetDate, long addedDate,
                 int timeZoneOffset, boolean favorite, boolean hidden, boolean trashed, int subtypeV2, String adjustmentType,
                 Map<ResourceRole, Resource> resources) {
        this(recordName, zoneName, masterId, changeTag, assetDate, addedDate, timeZoneOffset, favorite, hidden, trashed, subtypeV2,
                adjustmentType, 0, null, resources, AssetMetadata.NONE);
    }

    /** The same asset with other metadata. */
    public Asset withMeta(AssetMetadata m) {
        return new Asset(recordName, zoneName, masterId, changeTag, assetDate, addedDate, timeZoneOffset, favorite, hidden, trashed,
                subtypeV2, adjustmentType, subtype, burstId, resources, m);
    }

    public Resource resource(ResourceRole role) {
        return resources.get(role);
    }
}

package dev.orchard.icloud.photos.model;

import java.util.EnumMap;
import java.util.Map;

/** An asset with its master: everything needed to name and fetch its files. */
public record PhotoAsset(Asset asset, Master master) {

    public String id() {
        return asset.recordName();
    }

    public MediaKind kind() {
        if (master.resource(ResourceRole.LIVE_VIDEO) != null || asset.subtypeV2() == Asset.LIVE_PHOTO) return MediaKind.LIVE;
        if (master.dataClassType() == 2 || Utis.isMovie(master.itemType())) return MediaKind.VIDEO;
        Resource original = master.resource(ResourceRole.ORIGINAL);
        return original != null && Utis.isMovie(original.fileType()) ? MediaKind.VIDEO : MediaKind.PHOTO;
    }

    /**
     * The files this asset has: the master's original parts, and the asset's rendered edits unless they are
     * the original itself.
     */
    public Map<ResourceRole, Resource> resources() {
        Map<ResourceRole, Resource> all = new EnumMap<>(ResourceRole.class);
        all.putAll(master.resources());
        Resource original = master.resource(ResourceRole.ORIGINAL);
        for (Map.Entry<ResourceRole, Resource> e : asset.resources().entrySet()) {
            if (original == null || !FileChecksum.same(original.checksum(), e.getValue().checksum())) {
                all.put(e.getKey(), e.getValue());
            }
        }
        return all;
    }
}

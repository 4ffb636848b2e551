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
     * the original itself. Renditions are not among them (see {@link #renditions()}).
     */
    public Map<ResourceRole, Resource> resources() {
        Map<ResourceRole, Resource> all = new EnumMap<>(ResourceRole.class);
        master.resources().forEach((role, r) -> {
            if (!role.rendition()) all.put(role, r);
        });
        Resource original = master.resource(ResourceRole.ORIGINAL);
        for (Map.Entry<ResourceRole, Resource> e : asset.resources().entrySet()) {
            if (e.getKey().rendition()) continue;
            if (original == null || !FileChecksum.same(original.checksum(), e.getValue().checksum())) {
                all.put(e.getKey(), e.getValue());
            }
        }
        return all;
    }

    /**
     * iCloud's JPEG renditions by kind: {@link ResourceRole#THUMB} (the edit's own thumb when the asset has one,
     * as iCloud shows edits, else the master's) and {@link ResourceRole#PREVIEW} (the master's medium JPEG, a
     * video's poster). Kinds iCloud does not offer are absent.
     */
    public Map<ResourceRole, Resource> renditions() {
        Map<ResourceRole, Resource> out = new EnumMap<>(ResourceRole.class);
        Resource thumb = asset.resource(ResourceRole.EDITED_THUMB);
        if (thumb == null) thumb = master.resource(ResourceRole.THUMB);
        if (thumb != null) out.put(ResourceRole.THUMB, thumb);
        Resource preview = master.resource(ResourceRole.PREVIEW);
        if (preview != null) out.put(ResourceRole.PREVIEW, preview);
        return out;
    }
}

package dev.orchard.photos.download;

import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;

/**
 * One file to fetch: the resource of {@code role} owned by record {@code ownerId} (the master for originals,
 * the asset for edits), to be placed at {@code path} (relative to the library) with mtime {@code mtimeMillis}.
 * Its download URL is not kept here: {@link UrlRefresher} owns the URLs of a run ({@link #url()} is only the one the
 * resource came with, if any).
 */
public final class DownloadItem {
    private final String zone;
    private final String assetId;
    private final String ownerId;
    private final Resource resource;
    private final String path;
    private final long mtimeMillis;
    private final String url;

    public DownloadItem(String zone, String assetId, String ownerId, Resource resource, String path, long mtimeMillis) {
        this.zone = zone;
        this.assetId = assetId;
        this.ownerId = ownerId;
        this.resource = resource;
        this.path = path;
        this.mtimeMillis = mtimeMillis;
        this.url = resource.downloadUrl();
    }

    public String zone() { return zone; }
    public String assetId() { return assetId; }
    public String ownerId() { return ownerId; }
    public ResourceRole role() { return resource.role(); }
    public String checksum() { return resource.checksum(); }
    public long size() { return resource.size(); }
    public String fileType() { return resource.fileType(); }
    public String path() { return path; }
    public long mtimeMillis() { return mtimeMillis; }
    public String url() { return url; }

    @Override
    public String toString() {
        return path + " (" + resource.role() + " of " + assetId + ")";
    }
}

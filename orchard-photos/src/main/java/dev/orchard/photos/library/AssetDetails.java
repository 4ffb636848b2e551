package dev.orchard.photos.library;

import java.util.List;

/**
 * Everything the viewer's info panel shows about one asset. {@code archivedAt} is null unless an archive
 * pinned it; {@code width}/{@code height} are 0 when unknown.
 */
public record AssetDetails(TimelineItem item, String zone, String recordName, long added, boolean hidden, boolean inICloud,
                           String fileType, int width, int height, List<AssetFile> files, List<AlbumRef> albums,
                           Long archivedAt) {
    public record AlbumRef(String id, String name, String path) {
    }

    public AssetFile file(String role) {
        for (AssetFile f : files) if (f.role().equals(role)) return f;
        return null;
    }
}

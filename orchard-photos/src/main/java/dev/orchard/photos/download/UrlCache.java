package dev.orchard.photos.download;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Download URLs seen in this run's listings and change feeds, so the downloads that follow need no lookup.
 * URLs expire within about an hour (docs/protocol/photos.md §6), so they are not worth storing; this keeps the newest
 * {@code capacity} in memory. The listings put; only {@link UrlRefresher} reads (it looks the rest up in batches).
 */
public final class UrlCache {
    private final Map<String, String> urls;

    public UrlCache(int capacity) {
        this.urls = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(String zone, Master m) {
        m.resources().values().forEach(r -> put(zone, m.recordName(), r));
    }

    public synchronized void put(String zone, Asset a) {
        a.resources().values().forEach(r -> put(zone, a.recordName(), r));
    }

    private void put(String zone, String owner, Resource r) {
        if (r.downloadUrl() != null) put(zone, owner, r.role(), r.checksum(), r.downloadUrl());
    }

    public synchronized void put(String zone, String owner, ResourceRole role, String checksum, String url) {
        urls.put(key(zone, owner, role, checksum), url);
    }

    /** The URL last seen for this resource of {@code owner}, or null. */
    public synchronized String get(String zone, String owner, ResourceRole role, String checksum) {
        return urls.get(key(zone, owner, role, checksum));
    }

    private static String key(String zone, String owner, ResourceRole role, String checksum) {
        return zone + '\n' + owner + '\n' + role + '\n' + checksum;
    }
}

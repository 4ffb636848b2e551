package dev.orchard.photos.fetch;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.download.UrlCache;
import dev.orchard.photos.options.SyncOptions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which listed download URLs are worth the {@link UrlCache}'s memory: those of files this sync may download. A URL
 * left out costs only a batched lookup should the planner want its file after all, so the test is rough: renditions
 * only with thumbnails on, edits only with edits on, nothing of an asset in Recently Deleted, hidden when hidden ones
 * are left out, or captured outside a fixed {@code --photos-from}/{@code --photos-to} (a day's margin either side).
 */
final class WantedUrls {
    private final UrlCache cache;
    private final Set<ResourceRole> roles = EnumSet.noneOf(ResourceRole.class);
    private final boolean hiddenWanted;
    private final LocalDate from;
    private final LocalDate to;

    WantedUrls(UrlCache cache, SyncOptions options) {
        this.cache = cache;
        for (ResourceRole r : ResourceRole.values()) {
            if (r.rendition() && !options.thumbnails()) continue;
            if (r.onAsset() && !r.rendition() && !options.edits()) continue;
            roles.add(r);
        }
        this.hiddenWanted = options.includeHidden();
        this.from = options.from() == null ? null : options.from().minusDays(1);
        this.to = options.to() == null ? null : options.to().plusDays(1);
    }

    /** Keeps the URLs of a listed asset and its master that this sync may download. */
    void put(String zone, PhotoAsset pa) {
        if (!mayDownload(pa.asset())) return;
        put(zone, pa.master());
        put(zone, pa.asset());
    }

    /** Keeps the URLs of an asset seen without its master (a change feed's). */
    void put(String zone, Asset a) {
        if (mayDownload(a)) a.resources().values().forEach(r -> put(zone, a.recordName(), r));
    }

    /** Keeps the URLs of a master seen without its asset (a change feed's, a looked-up one). */
    void put(String zone, Master m) {
        m.resources().values().forEach(r -> put(zone, m.recordName(), r));
    }

    private void put(String zone, String owner, Resource r) {
        if (r.downloadUrl() != null && roles.contains(r.role())) cache.put(zone, owner, r.role(), r.checksum(), r.downloadUrl());
    }

    private boolean mayDownload(Asset a) {
        if (a.trashed() || (a.hidden() && !hiddenWanted)) return false;
        if (from == null && to == null) return true;
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(a.assetDate()), ZoneOffset.UTC);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}

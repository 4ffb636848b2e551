package dev.orchard.photos.download;

import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.records.RecordLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The one owner of a run's download URLs. It holds the {@link UrlCache} that the listings fill, and replaces
 * expired URLs (410) with fresh ones from {@code records/lookup} (docs/protocol/photos.md §6); only the
 * {@link FileFetcher} asks it. URLs of one listing expire together, so one refresh also renews up to
 * {@link RecordLookup#BATCH} - 1 items still waiting in the queue: an expired run costs one lookup per hundred
 * files, not one per file.
 */
public final class UrlRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(UrlRefresher.class);

    private final RecordLookup lookup;
    private final Function<String, PhotoZone> zones;
    private final Function<DownloadItem, List<DownloadItem>> waitingLike;
    private final UrlCache cache;
    private long lookups;

    /**
     * @param zones       zone name to zone
     * @param waitingLike items still waiting in the same zone as the given one
     * @param cache       the URLs the listings saw
     */
    public UrlRefresher(RecordLookup lookup, Function<String, PhotoZone> zones,
                        Function<DownloadItem, List<DownloadItem>> waitingLike, UrlCache cache) {
        this.lookup = lookup;
        this.zones = zones;
        this.waitingLike = waitingLike;
        this.cache = cache;
    }

    /** A refresher with its own cache (tests, and callers whose items carry their URLs). */
    public UrlRefresher(RecordLookup lookup, Function<String, PhotoZone> zones,
                        Function<DownloadItem, List<DownloadItem>> waitingLike) {
        this(lookup, zones, waitingLike, new UrlCache(RecordLookup.BATCH * 4));
    }

    /** The URL to fetch {@code item} from: the newest one seen for it, else one looked up now. */
    public synchronized String url(DownloadItem item) throws DownloadException {
        String u = known(item);
        return u != null ? u : refresh(item, null);
    }

    private String known(DownloadItem item) {
        String u = cache.get(item.zone(), item.ownerId(), item.role(), item.checksum());
        return u != null ? u : item.url();
    }

    /** A fresh URL for {@code item}; {@code stale} is the one that failed (if another thread renewed it already, no lookup). */
    public synchronized String refresh(DownloadItem item, String stale) throws DownloadException {
        String current = known(item);
        if (current != null && !Objects.equals(current, stale)) return current;
        List<DownloadItem> batch = new ArrayList<>();
        batch.add(item);
        for (DownloadItem other : waitingLike.apply(item)) {
            if (batch.size() >= RecordLookup.BATCH) break;
            if (other != item && other.zone().equals(item.zone())) batch.add(other);
        }
        Set<String> owners = new LinkedHashSet<>();
        batch.forEach(i -> owners.add(i.ownerId()));
        Map<String, CkRecord> byName = new HashMap<>();
        lookups++;
        for (CkRecord r : lookup.lookup(zones.apply(item.zone()), owners)) byName.put(r.recordName(), r);
        for (DownloadItem i : batch) {
            CkRecord r = byName.get(i.ownerId());
            Resource res = r == null ? null : Resource.of(r, i.role());
            if (res != null && res.downloadUrl() != null && Objects.equals(res.checksum(), i.checksum())) {
                cache.put(i.zone(), i.ownerId(), i.role(), i.checksum(), res.downloadUrl());
            }
        }
        LOG.debug("renewed download URLs of {} files in one lookup", batch.size());
        String fresh = known(item);
        if (fresh == null || Objects.equals(fresh, stale)) {
            throw new DownloadException(item.path() + ": iCloud no longer offers this file (it may have been deleted "
                    + "or edited meanwhile); the next sync will pick up the change", true);
        }
        return fresh;
    }

    public synchronized long lookups() {
        return lookups;
    }
}

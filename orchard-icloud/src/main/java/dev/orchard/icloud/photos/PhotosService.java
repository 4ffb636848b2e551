package dev.orchard.icloud.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.changes.ChangeFeed;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.cloudkit.PhotosException;
import dev.orchard.icloud.photos.listing.AlbumLister;
import dev.orchard.icloud.photos.listing.AssetLister;
import dev.orchard.icloud.photos.listing.Counts;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.AssetIndex;
import dev.orchard.icloud.photos.records.AssetTrash;
import dev.orchard.icloud.photos.records.RecordLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iCloud Photos (the CloudKit container {@code com.apple.photos.cloud}) for one signed-in session: zone
 * discovery, readiness, counts, listings, albums, change feeds, lookups and soft deletes. Protocol only; the
 * sync logic lives in the engine.
 */
public final class PhotosService {
    private static final Logger LOG = LoggerFactory.getLogger(PhotosService.class);

    private final CloudKitClient ck;
    private final int listingParallelism;
    private final RecordLookup lookup;
    private final Counts counts;
    private final AssetLister lister;
    private final AlbumLister albums;
    private final ChangeFeed changes;
    private final AssetTrash trash;

    public PhotosService(ICloudSession session, int listingParallelism) {
        this(new CloudKitClient(session, CloudKitClient.BodyRetry.DEFAULT), listingParallelism);
    }

    public PhotosService(CloudKitClient ck, int listingParallelism) {
        this(ck, listingParallelism, CkQueries.DESIRED_KEYS);
    }

    private PhotosService(CloudKitClient ck, int listingParallelism, List<String> desiredKeys) {
        this.ck = ck;
        this.listingParallelism = listingParallelism;
        this.lookup = new RecordLookup(ck, desiredKeys);
        this.counts = new Counts(ck);
        this.lister = new AssetLister(ck, lookup, listingParallelism, desiredKeys);
        this.albums = new AlbumLister(ck, counts, listingParallelism);
        this.changes = new ChangeFeed(ck, desiredKeys);
        this.trash = new AssetTrash(ck, lookup);
    }

    /**
     * The same service (same client, same request count) whose listings, lookups and change feeds also ask for
     * the assets' description, keywords, location and orientation ({@link CkQueries#METADATA_KEYS}).
     */
    public PhotosService withMetadata() {
        return new PhotosService(ck, listingParallelism, CkQueries.desiredKeys(true));
    }

    public CloudKitClient cloudKit() { return ck; }
    public RecordLookup lookup() { return lookup; }
    public AssetLister lister() { return lister; }
    public AlbumLister albums() { return albums; }
    public ChangeFeed changes() { return changes; }
    public AssetTrash trash() { return trash; }
    public Counts counts() { return counts; }

    /** How many requests went to CloudKit so far (downloads not included). */
    public long requestCount() {
        return ck.requestCount();
    }

    /**
     * The photo libraries of the account: PrimarySync and any SharedSync-* zone, from the private database's
     * zone list and, when no shared library shows up there, the shared database's (docs/protocol/photos.md §1).
     */
    public List<PhotoZone> zones() {
        Map<String, PhotoZone> found = new LinkedHashMap<>();
        collectZones("private", found, true);
        if (found.keySet().stream().noneMatch(n -> n.startsWith(PhotoZone.SHARED_PREFIX))) {
            collectZones("shared", found, false);
        }
        if (!found.containsKey(PhotoZone.PRIMARY)) {
            throw new PhotosException(PhotosException.Reason.ZONE_NOT_FOUND, "this account has no iCloud Photos library "
                    + "(no PrimarySync zone); turn on iCloud Photos on a device or at icloud.com first");
        }
        List<PhotoZone> out = new ArrayList<>(found.values());
        out.sort((a, b) -> a.isShared() == b.isShared() ? a.zoneName().compareTo(b.zoneName()) : a.isShared() ? 1 : -1);
        return out;
    }

    private void collectZones(String database, Map<String, PhotoZone> found, boolean required) {
        JsonNode answer;
        try {
            answer = ck.post(database, "zones/list", Jsons.object());
        } catch (PhotosException e) {
            if (required) throw e;
            LOG.debug("zones/list in {} failed: {}", database, e.getMessage());
            return;
        }
        for (JsonNode z : answer.path("zones")) {
            if (z.path("deleted").asBoolean(false)) continue;
            PhotoZone zone = PhotoZone.parse(database, z.path("zoneID"));
            if (PhotoZone.isPhotoLibrary(zone.zoneName())) found.putIfAbsent(zone.zoneName(), zone);
        }
    }

    /**
     * Checks that iCloud has finished indexing the zone (docs/protocol/photos.md §1).
     *
     * @return the zone's current sync token from the answer, or null when Apple sent none
     * @throws PhotosException INDEXING when it has not
     */
    public String checkIndexing(PhotoZone zone) {
        JsonNode answer = ck.post(zone.database(), "records/query", CkQueries.query(zone, "CheckIndexingState", null, 0));
        JsonNode first = answer.path("records").path(0);
        CkRecord r = CkRecord.parse(first);
        String state = r.string("state");
        if (!"FINISHED".equals(state)) {
            Long progress = r.number("progress");
            throw new PhotosException(PhotosException.Reason.INDEXING, "iCloud is still indexing the library"
                    + (zone.isShared() ? " " + zone.zoneName() : "") + " (" + (progress == null ? "?" : progress)
                    + "%" + (state == null || state.equals("RUNNING") ? "" : ", state " + state) + "); try again later");
        }
        return Jsons.text(answer, "syncToken");
    }

    public long count(PhotoZone zone, AssetIndex index) {
        return counts.count(zone, index.countId());
    }

    /** How many items each list holds, by count id ({@link AssetIndex#countId}, {@link AssetIndex#albumCountId}). */
    public Map<String, Long> counts(PhotoZone zone, Collection<String> countIds) {
        return counts.counts(zone, countIds);
    }

    /** The zone's albums and folders. */
    public List<Album> listAlbums(PhotoZone zone) {
        return albums.albums(zone);
    }
}

package dev.orchard.icloud.photos.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.AssetIndex;
import dev.orchard.icloud.photos.model.Relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The album and folder tree (CPLAlbumByPositionLive, walked through every folder by {@code parentId}) and
 * album membership (CPLContainerRelationLiveByAssetDate, 66 members per page); docs/protocol/photos.md §3.
 */
public final class AlbumLister {
    static final int MEMBERS_PER_PAGE = 66;
    private static final int MAX_MARKER_PAGES = 10_000;
    /** Member pages requested ahead of the sink, per listing thread: bounds what a listing holds. */
    static final int IN_FLIGHT_PER_THREAD = 2;
    private static final List<String> MEMBER_KEYS = List.of("itemId", "containerId", "isDeleted", "masterRef");

    private final CloudKitClient ck;
    private final Counts counts;
    private final int parallelism;

    public AlbumLister(CloudKitClient ck, Counts counts, int parallelism) {
        this.ck = ck;
        this.counts = counts;
        this.parallelism = Math.max(1, parallelism);
    }

    /** Every album and folder the user made (root records, smart albums and deleted albums left out). */
    public List<Album> albums(PhotoZone zone) {
        Map<String, Album> found = new LinkedHashMap<>();
        Set<String> walked = new HashSet<>();
        Deque<String> folders = new ArrayDeque<>();
        folders.add("");
        while (!folders.isEmpty()) {
            String parent = folders.poll();
            if (!walked.add(parent)) continue;
            for (CkRecord r : level(zone, parent)) {
                if (!r.is(Album.TYPE) || r.tombstone() || r.isError()) continue;
                Album a = Album.parse(r);
                if (a.folder() && !walked.contains(a.recordName())) folders.add(a.recordName());
                if (a.visible()) found.putIfAbsent(a.recordName(), a);
            }
        }
        return List.copyOf(found.values());
    }

    private List<CkRecord> level(PhotoZone zone, String parentId) {
        ArrayNode filters = CkQueries.filters();
        if (!parentId.isEmpty()) CkQueries.equalsString(filters, "parentId", parentId);
        ObjectNode body = CkQueries.withDesiredKeys(CkQueries.query(zone, "CPLAlbumByPositionLive", filters, 200));
        List<CkRecord> out = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        for (int i = 0; i < MAX_MARKER_PAGES; i++) {
            JsonNode answer = ck.post(zone.database(), "records/query", body);
            out.addAll(AssetLister.records(answer));
            String marker = Jsons.text(answer, "continuationMarker");
            if (marker == null || !markers.add(marker) || answer.path("records").isEmpty()) break;
            body.put("continuationMarker", marker);
        }
        return out;
    }

    /** The asset recordNames in each album, in the order iCloud lists them (held in memory: small listings only). */
    public Map<String, List<String>> members(PhotoZone zone, Collection<String> albumIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Map<Long, List<String>>> pages = new ConcurrentHashMap<>();
        Map<String, Set<String>> seen = new ConcurrentHashMap<>();
        members(zone, albumIds, new MemberSink() {
            @Override
            public int page(String albumId, long rank, List<String> assetIds) {
                pages.computeIfAbsent(albumId, k -> new ConcurrentHashMap<>()).put(rank, assetIds);
                Set<String> s = seen.computeIfAbsent(albumId, k -> ConcurrentHashMap.newKeySet());
                int added = 0;
                for (String id : assetIds) if (s.add(id)) added++;
                return added;
            }

            @Override
            public synchronized void complete(String albumId) {
                Set<String> members = new LinkedHashSet<>();
                Map<Long, List<String>> byRank = pages.getOrDefault(albumId, Map.of());
                byRank.keySet().stream().sorted().forEach(rank -> members.addAll(byRank.get(rank)));
                out.put(albumId, List.copyOf(members));
            }
        });
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(albumIds)) ordered.put(id, out.getOrDefault(id, List.of()));
        return ordered;
    }

    /**
     * Lists each album's members into {@code sink} as the pages come, with a bounded number of pages in flight,
     * and tells it when an album is complete. Nothing here grows with the number of members.
     */
    public void members(PhotoZone zone, Collection<String> albumIds, MemberSink sink) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(albumIds));
        Map<String, Long> expected = new LinkedHashMap<>();
        Map<String, String> countIds = new LinkedHashMap<>();
        for (String id : ids) countIds.put(AssetIndex.albumCountId(id), id);
        counts.counts(zone, countIds.keySet()).forEach((countId, n) -> expected.put(countIds.get(countId), n));
        Map<String, AtomicLong> distinct = new ConcurrentHashMap<>();
        ids.forEach(id -> distinct.put(id, new AtomicLong()));
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "photos-albums");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<?>> inFlight = new ArrayDeque<>();
            for (String album : ids) {
                long n = expected.getOrDefault(album, 0L);
                for (long rank = 0; rank < n; rank += MEMBERS_PER_PAGE) {
                    if (inFlight.size() >= IN_FLIGHT_PER_THREAD * parallelism) await(inFlight.poll());
                    long r = rank;
                    inFlight.add(pool.submit(() -> distinct.get(album).addAndGet(sink.page(album, r, memberPage(zone, album, r)))));
                }
            }
            while (!inFlight.isEmpty()) await(inFlight.poll());
        } finally {
            pool.shutdownNow();
        }
        for (String album : ids) {
            long n = expected.getOrDefault(album, 0L);
            long rank = ((n + MEMBERS_PER_PAGE - 1) / MEMBERS_PER_PAGE) * MEMBERS_PER_PAGE;
            int empty = 0;
            while (distinct.get(album).get() < n && empty < RankedPages.EMPTY_PAGES_TO_STOP) {
                List<String> page = memberPage(zone, album, rank);
                empty = page.isEmpty() ? empty + 1 : 0;
                distinct.get(album).addAndGet(sink.page(album, rank, page));
                rank += MEMBERS_PER_PAGE;
            }
            sink.complete(album);
        }
    }

    private List<String> memberPage(PhotoZone zone, String albumId, long startRank) {
        ArrayNode filters = CkQueries.filters();
        CkQueries.equalsInt(filters, "startRank", startRank);
        CkQueries.equalsString(filters, "direction", "ASCENDING");
        CkQueries.equalsString(filters, "parentId", albumId);
        ObjectNode body = CkQueries.query(zone, "CPLContainerRelationLiveByAssetDate", filters, 3 * MEMBERS_PER_PAGE);
        ArrayNode keys = body.putArray("desiredKeys");
        MEMBER_KEYS.forEach(keys::add);
        List<String> members = new ArrayList<>();
        for (CkRecord r : AssetLister.records(ck.post(zone.database(), "records/query", body))) {
            if (!r.is(Relation.TYPE) || r.tombstone() || r.isError()) continue;
            Relation rel = Relation.parse(r);
            if (!rel.trashed() && rel.assetId() != null && (rel.albumId() == null || rel.albumId().equals(albumId))) {
                members.add(rel.assetId());
            }
        }
        return members;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing albums", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}

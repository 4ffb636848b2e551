package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.PhotosSettings;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.AssetIndex;
import dev.orchard.fake.photos.library.IndexKey;
import dev.orchard.fake.photos.library.Zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code records/query} and {@code internal/records/query/batch}: readiness, counts, asset lists paged by
 * {@code startRank} (rank 0 = newest by the index's date; ASCENDING walks to older entries, DESCENDING walks
 * from {@code startRank} back toward rank 0), and the album tree.
 */
final class QueryHandler {
    static final int MAX_RECORDS = 200;

    ObjectNode query(CkRequest rq, JsonNode body) {
        Zone zone = rq.zone(body);
        JsonNode query = body.path("query");
        String type = query.path("recordType").asText("");
        Filters filters = Filters.of(query.get("filterBy"));
        ObjectNode out = Json.object();
        ArrayNode records = out.putArray("records");
        switch (type) {
            case "CheckIndexingState" -> records.add(indexingState(rq, zone));
            case "HyperionIndexCountLookup" -> counts(rq, zone, filters, records);
            case "CPLAlbumByPositionLive" -> albums(rq, zone, body, filters, out, records);
            default -> {
                IndexKey key = ListType.ofQuery(type, filters);
                if (key == null) throw CkError.badRequest("Type is not marked indexable: " + type);
                page(rq, zone, body, type, filters, key, out, records);
            }
        }
        return rq.withToken(out, zone);
    }

    ObjectNode batch(CkRequest rq, JsonNode body) {
        JsonNode batch = body.get("batch");
        if (batch == null || !batch.isArray()) throw CkError.badRequest("body needs a \"batch\" array of queries");
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("batch");
        for (JsonNode one : batch) {
            try {
                results.add(query(rq, one));
            } catch (CkError e) {
                results.add(e.recordError(null));
            }
        }
        return out;
    }

    private ObjectNode indexingState(CkRequest rq, Zone zone) {
        ObjectNode f = Json.object();
        f.putObject("progress").put("value", rq.settings().indexingProgress()).put("type", "INT64");
        f.putObject("state").put("value", rq.settings().indexingState()).put("type", "STRING");
        long created = rq.library().created();
        return rq.renderer().envelope(zone, zone.indexingRecordName(), "CheckIndexingState", f, "0", created, created);
    }

    private void counts(CkRequest rq, Zone zone, Filters filters, ArrayNode records) {
        JsonNode ids = filters.value("indexCountID");
        if (ids == null) throw CkError.badRequest("HyperionIndexCountLookup needs an indexCountID filter");
        List<String> list = new ArrayList<>();
        if (ids.isArray()) ids.forEach(i -> list.add(i.asText()));
        else list.add(ids.asText());
        for (String id : list) {
            IndexKey key = ListType.ofCountId(id);
            if (key == null) throw CkError.badRequest("Unknown index count id: " + id);
            ObjectNode f = Json.object();
            f.putObject("itemCount").put("value", zone.index(key).size()).put("type", "INT64");
            long now = rq.library().now();
            records.add(rq.renderer().envelope(zone, id, "IndexCountResult", f, "0", now, now));
        }
    }

    private void page(CkRequest rq, Zone zone, JsonNode body, String type, Filters filters, IndexKey key,
                      ObjectNode out, ArrayNode records) {
        AssetIndex index = zone.index(key);
        String shape = type + "|" + key;
        long start = filters.number("startRank", 0);
        String direction = filters.text("direction");
        boolean descending = "DESCENDING".equals(direction);
        if (direction != null && !descending && !"ASCENDING".equals(direction)) {
            throw CkError.badRequest("direction must be ASCENDING or DESCENDING, got " + direction);
        }
        if (body.hasNonNull("continuationMarker")) {
            ContinuationMarkers.Position p = ContinuationMarkers.decode(body.get("continuationMarker").asText(), shape);
            start = p.rank();
            descending = p.descending();
        }
        if (start < 0) throw CkError.badRequest("startRank must be >= 0, got " + start);
        int perAsset = key.album() ? 3 : 2;
        int n = Math.max(1, CkRequest.resultsLimit(body, MAX_RECORDS) / perAsset);
        PhotosSettings.ListingQuirk quirk = rq.settings().listingQuirk();
        if (quirk == PhotosSettings.ListingQuirk.OVERLAP && !descending && start > 0 && start <= index.size()) start--;
        List<Integer> ranks = new ArrayList<>(n);
        long next;
        boolean more;
        if (!descending) {
            if (quirk == PhotosSettings.ListingQuirk.STRADDLE && n > 1 && start + n == index.size()) n--;
            for (long r = start; r < index.size() && ranks.size() < n; r++) ranks.add((int) r);
            next = start + ranks.size();
            more = next < index.size();
        } else {
            long top = Math.min(start, index.size() - 1L);
            for (long r = top; r >= 0 && ranks.size() < n; r--) ranks.add((int) r);
            next = top - ranks.size();
            more = next >= 0;
        }
        List<Integer> assetRanks = ranks;
        if (quirk == PhotosSettings.ListingQuirk.STRADDLE && !descending && !ranks.isEmpty()) {
            assetRanks = straddled(ranks, start, more);
        } else if (quirk == PhotosSettings.ListingQuirk.MISSING_ASSETS) {
            assetRanks = ranks.stream().filter(r -> (r + 1) % PhotosSettings.ListingQuirk.MISSING_EVERY != 0).toList();
        }
        RecordRenderer render = rq.renderer();
        for (int r : ranks) records.add(render.render(zone, index.assets().get(r).master()));
        for (int r : assetRanks) records.add(render.render(zone, index.assets().get(r)));
        if (key.album()) for (int r : assetRanks) records.add(render.render(zone, index.relations().get(r)));
        if (more) out.put("continuationMarker", ContinuationMarkers.encode(shape, next, descending));
    }

    /** The asset ranks of a straddling page: the previous page's last asset comes here, this page's last waits. */
    private static List<Integer> straddled(List<Integer> ranks, long start, boolean more) {
        List<Integer> out = new ArrayList<>(ranks.size() + 1);
        if (start > 0) out.add((int) start - 1);
        out.addAll(more ? ranks.subList(0, ranks.size() - 1) : ranks);
        return out;
    }

    private void albums(CkRequest rq, Zone zone, JsonNode body, Filters filters, ObjectNode out, ArrayNode records) {
        String parent = filters.text("parentId");
        List<Album> level = new ArrayList<>();
        for (Album a : zone.albums()) if (!a.deleted() && Objects.equals(a.parentId(), parent)) level.add(a);
        level.sort(Comparator.comparingLong(Album::position).thenComparing(Album::recordName));
        String shape = "CPLAlbumByPositionLive|" + parent;
        long start = body.hasNonNull("continuationMarker")
                ? ContinuationMarkers.decode(body.get("continuationMarker").asText(), shape).rank() : 0;
        int limit = CkRequest.resultsLimit(body, MAX_RECORDS);
        long end = Math.min(level.size(), start + limit);
        for (long i = start; i < end; i++) records.add(rq.renderer().render(zone, level.get((int) i)));
        if (end < level.size()) out.put("continuationMarker", ContinuationMarkers.encode(shape, end, false));
    }

    /** {@code records/lookup}: records by name with fresh URLs; NOT_FOUND entries for the rest. */
    ObjectNode lookup(CkRequest rq, JsonNode body) {
        Zone zone = rq.zone(body);
        JsonNode wanted = body.get("records");
        if (wanted == null || !wanted.isArray()) throw CkError.badRequest("body needs a \"records\" array");
        ObjectNode out = Json.object();
        ArrayNode records = out.putArray("records");
        for (JsonNode w : wanted) {
            String name = w.path("recordName").asText(null);
            var r = name == null ? null : zone.find(name);
            if (r == null) records.add(CkError.notFound("Record not found").recordError(name));
            else records.add(rq.renderer().render(zone, r));
        }
        return rq.withToken(out, zone);
    }
}

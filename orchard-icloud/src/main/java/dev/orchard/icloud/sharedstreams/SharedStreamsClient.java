package dev.orchard.icloud.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.json.Jsons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signed-in Shared Albums service ({@code webservices.sharedstreams}; docs/protocol/shared-albums.md): the
 * albums the account owns or subscribes to, and each album's items with their largest rendition.
 */
public final class SharedStreamsClient {
    static final String SERVICE = "sharedstreams";
    private static final int PAGE = 100;

    private final ICloudSession session;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong prefetchRequests = new AtomicLong();
    private volatile CompletableFuture<List<SharedAlbumRef>> prefetched;

    public SharedStreamsClient(ICloudSession session) {
        this.session = session;
    }

    /** How many calls this client has made. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Starts listing the albums on a thread of its own, so that the call overlaps other work (a sync's change check):
     * the next {@link #albums()} takes its answer, or asks again if it failed (a session that must sign in again, say).
     */
    public SharedStreamsClient prefetchAlbums() {
        CompletableFuture<List<SharedAlbumRef>> f = new CompletableFuture<>();
        prefetched = f;
        Thread.ofPlatform().daemon().name("sharedstreams-prefetch").start(() -> {
            try {
                f.complete(listAlbums(prefetchRequests));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return this;
    }

    public List<SharedAlbumRef> albums() {
        CompletableFuture<List<SharedAlbumRef>> f = prefetched;
        prefetched = null;
        if (f != null) {
            try {
                return f.join();
            } catch (RuntimeException e) {
                // asked again below, in the caller's order, so that a failure is reported as without the prefetch
            } finally {
                // counted once done and taken: this call's request, made early (none if it failed before asking)
                requests.addAndGet(prefetchRequests.getAndSet(0));
            }
        }
        return listAlbums(requests);
    }

    private List<SharedAlbumRef> listAlbums(AtomicLong counter) {
        String dsid = session.account().requireDsid();
        String url = session.serviceUrl(SERVICE) + "/" + dsid + "/sharedstreams/webgetalbumslist?" + session.standardParams();
        counter.incrementAndGet();
        JsonNode json = send("webgetalbumslist", url, Jsons.object());
        List<SharedAlbumRef> out = new ArrayList<>();
        for (JsonNode a : json.path("albums")) {
            String guid = StreamCalls.text(a, "albumguid");
            String location = StreamCalls.text(a, "albumlocation");
            if (guid == null || location == null) continue;
            JsonNode attr = a.path("attributes");
            String name = StreamCalls.text(attr, "name");
            out.add(new SharedAlbumRef(guid, name == null ? guid : name, StreamCalls.text(a, "albumctag"),
                    location.endsWith("/") ? location : location + "/", "owned".equals(StreamCalls.text(a, "sharingtype")),
                    truthy(attr.path("ispublic")), StreamCalls.text(a, "publicurl")));
        }
        return out;
    }

    /** Every item of {@code album}, in the service's order; asks for the count, then pages through. */
    public List<StreamItem> items(SharedAlbumRef album) {
        ObjectNode countBody = Jsons.object().put("albumguid", album.guid());
        long count = StreamCalls.number(call("webgetassetcount", url(album, "webgetassetcount"), countBody), "albumassetcount", -1);
        if (count < 0) throw new SharedStreamsException("shared albums: webgetassetcount gave no count for " + album.name(), 0);
        Map<String, StreamItem> items = new LinkedHashMap<>();
        for (long offset = 0; offset < count; ) {
            ObjectNode body = Jsons.object().put("albumguid", album.guid());
            if (album.ctag() != null) body.put("albumctag", album.ctag());
            // pyicloud sends limit as the end of the window; any overlap is folded by guid
            body.put("offset", Long.toString(offset)).put("limit", Long.toString(Math.min(offset + PAGE, count)));
            JsonNode page = call("webgetassets", url(album, "webgetassets"), body);
            if (page.path("records").isEmpty()) break;
            for (StreamItem i : AssetRecords.parse(page)) items.putIfAbsent(i.guid(), i);
            offset += PAGE;
        }
        return new ArrayList<>(items.values());
    }

    private String url(SharedAlbumRef album, String call) {
        return album.location() + call + "?" + session.standardParams();
    }

    private JsonNode call(String name, String url, Object body) {
        requests.incrementAndGet();
        return send(name, url, body);
    }

    private JsonNode send(String name, String url, Object body) {
        return StreamCalls.send(name, url, body, r -> session.send(r, RetryPolicy.READ));
    }

    private static boolean truthy(JsonNode v) {
        return v.asBoolean(false) || "1".equals(v.asText()) || "true".equalsIgnoreCase(v.asText());
    }
}

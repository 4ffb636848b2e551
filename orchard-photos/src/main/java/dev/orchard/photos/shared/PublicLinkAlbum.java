package dev.orchard.photos.shared;

import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.sharedstreams.PublicAlbum;
import dev.orchard.icloud.sharedstreams.PublicStreamClient;
import dev.orchard.icloud.sharedstreams.SharedAlbumRef;
import dev.orchard.icloud.sharedstreams.StreamItem;
import dev.orchard.photos.download.CdnClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** One public shared-album link, read with no Apple account. */
public final class PublicLinkAlbum implements SharedAlbumSource {
    private final PublicStreamClient client;
    private final String token;
    private final AtomicLong requests = new AtomicLong();
    private PublicAlbum album;

    public PublicLinkAlbum(PublicStreamClient client, String link) {
        this.client = client;
        this.token = PublicStreamClient.token(link);
    }

    @Override
    public List<SharedAlbumRef> albums() {
        requests.incrementAndGet();
        album = client.open(token);
        return List.of(album.ref());
    }

    /** The public list already carries every item: no further call. */
    @Override
    public List<StreamItem> items(SharedAlbumRef ref) {
        return album.items();
    }

    @Override
    public Map<String, String> urls(SharedAlbumRef ref, List<StreamItem> items) {
        requests.addAndGet((items.size() + 24) / 25);
        return client.urls(album, items.stream().map(StreamItem::guid).toList());
    }

    /** Downloads for a link: plain GETs of the pre-signed URLs on a transport with no session. */
    static CdnClient downloads(HttpTransport http) {
        return (url, from) -> {
            ApiRequest.Builder b = ApiRequest.get(CdnClient.escape(url));
            if (from > 0) b.header("Range", "bytes=" + from + "-");
            return http.stream(b.build());
        };
    }

    @Override
    public long requestCount() {
        return requests.get();
    }
}

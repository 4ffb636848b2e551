package dev.orchard.photos.shared;

import dev.orchard.icloud.sharedstreams.SharedAlbumRef;
import dev.orchard.icloud.sharedstreams.SharedStreamsClient;
import dev.orchard.icloud.sharedstreams.StreamItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The albums the signed-in account owns or subscribes to; URLs come with the listing and are renewed by listing again. */
public final class SignedInAlbums implements SharedAlbumSource {
    private final SharedStreamsClient client;
    private final Map<String, List<StreamItem>> listed = new HashMap<>();

    public SignedInAlbums(SharedStreamsClient client) {
        this.client = client;
    }

    @Override
    public List<SharedAlbumRef> albums() {
        return client.albums();
    }

    @Override
    public List<StreamItem> items(SharedAlbumRef album) {
        List<StreamItem> items = client.items(album);
        listed.put(album.guid(), items);
        return items;
    }

    @Override
    public Map<String, String> urls(SharedAlbumRef album, List<StreamItem> items) {
        List<StreamItem> fresh = listed.remove(album.guid());
        if (fresh == null) fresh = client.items(album);
        Map<String, String> out = new HashMap<>();
        for (StreamItem i : fresh) out.put(i.guid(), i.largest().url());
        return out;
    }

    @Override
    public long requestCount() {
        return client.requestCount();
    }
}

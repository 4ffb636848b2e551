package dev.orchard.drive.apply;

import dev.orchard.drive.state.PathKeys;
import dev.orchard.icloud.drive.RemoteItem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The iCloud folder items of the pass by path key ("" is the Drive root), kept current as folders are made. */
public final class RemoteFolders {
    private final Map<String, RemoteItem> byKey = new ConcurrentHashMap<>();

    public RemoteFolders(RemoteItem root) {
        byKey.put("", root);
    }

    public void put(String path, RemoteItem folder) {
        byKey.put(PathKeys.key(path), folder);
    }

    public void remove(String path) {
        byKey.remove(PathKeys.key(path));
    }

    public RemoteItem get(String path) {
        return byKey.get(PathKeys.key(path));
    }

    /** The folder that holds {@code path}, or null when it does not exist in iCloud (yet). */
    public RemoteItem parentOf(String path) {
        return get(PathKeys.parent(path));
    }
}

package dev.orchard.fake.sharedstreams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A shared album ("shared stream"): owner, subscribers, public flag and link token, and a change tag that
 * moves whenever anything in it changes (items, name, subscribers, public flag).
 */
public final class SharedAlbum {
    private final String guid;
    private final SharedItem.Person owner;
    private final long createdMillis;
    private final String publicToken;
    private final Set<String> subscribers = new LinkedHashSet<>();
    private final Map<String, SharedItem> items = new LinkedHashMap<>();
    private String name;
    private boolean isPublic;
    private long version = 1;

    public SharedAlbum(String guid, String name, SharedItem.Person owner, long createdMillis, boolean isPublic,
                       String publicToken) {
        this.guid = guid;
        this.name = name;
        this.owner = owner;
        this.createdMillis = createdMillis;
        this.isPublic = isPublic;
        this.publicToken = publicToken;
    }

    public String guid() { return guid; }
    public SharedItem.Person owner() { return owner; }
    public long createdMillis() { return createdMillis; }
    public String publicToken() { return publicToken; }
    public synchronized String name() { return name; }
    public synchronized boolean isPublic() { return isPublic; }

    /** The album's change tag ({@code albumctag} / {@code streamCtag}). */
    public synchronized String ctag() {
        return "FT" + Long.toString(version, 36) + Integer.toString(Math.abs(guid.hashCode()) % 1296, 36);
    }

    public synchronized List<SharedItem> items() {
        return new ArrayList<>(items.values());
    }

    public synchronized SharedItem item(String itemGuid) {
        return items.get(itemGuid);
    }

    public synchronized Set<String> subscribers() {
        return Set.copyOf(subscribers);
    }

    /** True when {@code dsid} owns or subscribes to the album. */
    public synchronized boolean visibleTo(String dsid) {
        return owner.dsid().equals(dsid) || subscribers.contains(dsid);
    }

    public synchronized void add(SharedItem item) {
        items.put(item.guid(), item);
        version++;
    }

    public synchronized boolean remove(String itemGuid) {
        boolean removed = items.remove(itemGuid) != null;
        if (removed) version++;
        return removed;
    }

    public synchronized void subscribe(String dsid) {
        if (subscribers.add(dsid)) version++;
    }

    public synchronized boolean unsubscribe(String dsid) {
        boolean removed = subscribers.remove(dsid);
        if (removed) version++;
        return removed;
    }

    public synchronized void rename(String newName) {
        name = newName;
        version++;
    }

    public synchronized void makePublic(boolean on) {
        isPublic = on;
        version++;
    }
}

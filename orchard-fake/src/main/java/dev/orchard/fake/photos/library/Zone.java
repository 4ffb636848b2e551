package dev.orchard.fake.photos.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One record zone ({@code PrimarySync} or {@code SharedSync-<UUID>}): its records by name, and an append-only
 * change log. Each write appends the record's new state, so "everything after position p" is the change feed
 * a sync token at p asks for. Reads take the library's read lock; writes come through {@link PhotoLibrary}.
 */
public final class Zone {
    public static final String PRIMARY = "PrimarySync";

    private final String name;
    private final String indexingRecordName;
    private final Map<String, ZoneRecord> byName = new HashMap<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<Album> albums = new ArrayList<>();
    private final List<ZoneRecord> log = new ArrayList<>();
    private final Map<IndexKey, AssetIndex> indexes = new ConcurrentHashMap<>();
    private long lastDatabaseChange;

    Zone(String name, String indexingRecordName) {
        this.name = name;
        this.indexingRecordName = indexingRecordName;
    }

    public String name() { return name; }
    public boolean sharedLibrary() { return !PRIMARY.equals(name); }
    /** The recordName of this zone's CheckIndexingState record. */
    public String indexingRecordName() { return indexingRecordName; }
    /** Position of the newest change-log entry; a sync token taken now resumes here. */
    public int logPosition() { return log.size(); }
    /** The database-change counter value of this zone's last write. */
    public long lastDatabaseChange() { return lastDatabaseChange; }

    /** A live (not purged) record by name, or null. */
    public ZoneRecord find(String recordName) {
        ZoneRecord r = byName.get(recordName);
        return r == null || r.tombstone() ? null : r;
    }

    public List<Asset> assets() { return Collections.unmodifiableList(assets); }
    public List<Album> albums() { return Collections.unmodifiableList(albums); }

    /**
     * Records whose latest change lies after {@code position}: at most {@code limit}, looking at no more than
     * {@code maxScan} log entries (entries superseded by a later change are passed over).
     */
    public ChangePage changesSince(int position, int limit, int maxScan) {
        List<ZoneRecord> out = new ArrayList<>();
        int i = position;
        int end = (int) Math.min(log.size(), (long) position + maxScan);
        while (i < end && out.size() < limit) {
            ZoneRecord r = log.get(i);
            i++;
            if (r.changeSeq() == i) out.add(r);
        }
        return new ChangePage(out, i, i < log.size());
    }

    public AssetIndex index(IndexKey key) {
        return indexes.computeIfAbsent(key, this::build);
    }

    private AssetIndex build(IndexKey key) {
        Predicate<Asset> visible = a -> !a.hidden() && !a.trashed();
        return switch (key.kind()) {
            case ALL -> sorted(visible, Asset::assetDate);
            case ADDED -> sorted(visible, Asset::addedDate);
            case HIDDEN -> sorted(a -> a.hidden() && !a.trashed(), Asset::assetDate);
            case DELETED -> sorted(Asset::trashed, Asset::dateExpunged);
            case BURSTS -> sorted(visible.and(a -> a.burstId() != null), Asset::assetDate);
            case SMART -> {
                SmartAlbum s = SmartAlbum.valueOf(key.param());
                yield sorted(visible.and(s::contains), Asset::assetDate);
            }
            case ALBUM_BY_DATE, ALBUM_BY_POSITION -> albumIndex(key);
        };
    }

    private AssetIndex sorted(Predicate<Asset> filter, ToLongFunction<Asset> date) {
        List<Asset> list = new ArrayList<>();
        for (Asset a : assets) if (filter.test(a)) list.add(a);
        list.sort(newestFirst(date));
        return new AssetIndex(List.copyOf(list), null);
    }

    private static Comparator<Asset> newestFirst(ToLongFunction<Asset> date) {
        return Comparator.comparingLong(date).reversed().thenComparing(Asset::recordName, Comparator.reverseOrder());
    }

    private AssetIndex albumIndex(IndexKey key) {
        ZoneRecord r = find(key.param());
        if (!(r instanceof Album album) || album.deleted() || album.folder()) return new AssetIndex(List.of(), List.of());
        List<Relation> rels = new ArrayList<>();
        for (Relation rel : album.members()) if (!rel.asset().hidden() && !rel.asset().trashed()) rels.add(rel);
        if (key.kind() == IndexKey.Kind.ALBUM_BY_POSITION) {
            rels.sort(Comparator.comparingLong(Relation::position));
        } else {
            Comparator<Asset> order = newestFirst(Asset::assetDate);
            rels.sort((x, y) -> order.compare(x.asset(), y.asset()));
        }
        List<Asset> members = new ArrayList<>(rels.size());
        for (Relation rel : rels) members.add(rel.asset());
        return new AssetIndex(List.copyOf(members), List.copyOf(rels));
    }

    // ---- writes, called by PhotoLibrary under its write lock

    void put(ZoneRecord r) {
        ZoneRecord old = byName.put(r.recordName(), r);
        if (old != null && old != r) {
            if (!old.tombstone()) throw new IllegalStateException("record " + r.recordName() + " exists already");
            old.superseded();
        }
        if (r instanceof Asset a) assets.add(a);
        if (r instanceof Album a) albums.add(a);
    }

    void logChange(ZoneRecord r, long at, long databaseChange) {
        log.add(r);
        r.logged(log.size(), at);
        lastDatabaseChange = databaseChange;
        indexes.clear();
    }

    void forget(Asset a) {
        assets.remove(a);
    }

    void forget(Album a) {
        albums.remove(a);
    }
}

package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.Checksum;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One account's iCloud Photos library: the PrimarySync zone, optionally a shared-library zone, and the
 * content every resource URL resolves to. Every mutation logs the records it changes, as Apple's change feed
 * shows them (docs/protocol/photos.md §7). Reads and writes go through {@link #read} and {@link #write}.
 */
public final class PhotoLibrary {
    public static final Duration TRASH_KEEPS = Duration.ofDays(30);
    /** A trashed asset's record carries {@code expirationTime} this long after the trashing (docs/protocol/photos.md §8). */
    public static final Duration TRASHED_RECORD_EXPIRES = Duration.ofDays(40);
    /** Position spacing of new album members and albums, as the web app leaves room between them. */
    private static final long POSITION_STEP = 1024;

    private final String ownerRecordName;
    private final Clock clock;
    private final long seed;
    private final long created;
    private final ResourceFactory resources;
    private final AssetImporter importer;
    private final Zone primary;
    private final Zone shared;
    private final Map<Checksum, Resource> content = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long databaseChanges;
    /** No asset leaves Recently Deleted before this (a lower bound), so most requests skip the purge scan. */
    private volatile long earliestExpiry = Long.MAX_VALUE;
    private long nextSeed;
    private int nextFileNumber = 1;

    public PhotoLibrary(String ownerRecordName, Clock clock, long seed, ContentSizes sizes, boolean sharedLibrary) {
        this.ownerRecordName = ownerRecordName;
        this.clock = clock;
        this.seed = seed;
        this.nextSeed = Blob.mix(seed);
        this.resources = new ResourceFactory(sizes);
        this.importer = new AssetImporter(this, resources);
        this.primary = new Zone(Zone.PRIMARY, "_" + Ids.uuid(seed ^ 0xC1).toLowerCase(java.util.Locale.ROOT));
        this.shared = sharedLibrary
                ? new Zone("SharedSync-" + Ids.uuid(seed ^ 0x5A), "_" + Ids.uuid(seed ^ 0xC2).toLowerCase(java.util.Locale.ROOT))
                : null;
        long now = clock.millis();
        this.created = now;
        write(() -> {
            addSpecialFolder(Album.ROOT_FOLDER, now);
            addSpecialFolder(Album.PROJECT_ROOT_FOLDER, now);
            return null;
        });
    }

    private void addSpecialFolder(String name, long at) {
        Album a = new Album(name, at, null, Album.FOLDER, null, 0);
        primary.put(a);
        log(primary, a, at);
    }

    public String ownerRecordName() { return ownerRecordName; }
    public long seed() { return seed; }
    /** When the library was made (the zones' creation time). */
    public long created() { return created; }
    public Zone primary() { return primary; }
    /** The shared-library zone, or null when this library has none. */
    public Zone sharedZone() { return shared; }

    public List<Zone> zones() {
        return shared == null ? List.of(primary) : List.of(primary, shared);
    }

    /** The zone by name, or null. */
    public Zone zone(String name) {
        for (Zone z : zones()) if (z.name().equals(name)) return z;
        return null;
    }

    /** The resource with this checksum, or null; safe without the lock. */
    public Resource content(Checksum checksum) {
        return content.get(checksum);
    }

    /** Total number of writes to any zone: the database change counter. */
    public long databaseChanges() {
        return databaseChanges;
    }

    public <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long now() {
        return clock.millis();
    }

    // ---- adding assets

    public Asset addAsset(AssetSpec spec) {
        return addAssets(List.of(spec)).get(0);
    }

    /** Adds assets in order (see {@link AssetImporter}). */
    public List<Asset> addAssets(List<AssetSpec> specs) {
        return importer.add(specs);
    }

    long takeSeed() {
        return nextSeed++;
    }

    int takeFileNumber() {
        return nextFileNumber++;
    }

    void registerContent(Resource r) {
        content.putIfAbsent(r.checksum(), r);
    }

    Edit register(Edit e) {
        if (e.rendered() != null) registerContent(e.rendered());
        if (e.thumb() != null) registerContent(e.thumb());
        return e;
    }

    void noteExpiry(long dateExpunged) {
        earliestExpiry = Math.min(earliestExpiry, dateExpunged);
    }

    /** Writes a CPLLibraryInfo record with the zone's current counts (the generator does this once). */
    public void writeLibraryInfo(Zone zone) {
        write(() -> {
            int photos = 0;
            int videos = 0;
            for (Asset a : zone.assets()) {
                if (a.video()) videos++;
                else photos++;
            }
            int albums = (int) zone.albums().stream().filter(al -> !al.special() && !al.deleted()).count();
            long now = clock.millis();
            LibraryInfo info = new LibraryInfo(zone.name(), now, photos, videos, albums);
            ZoneRecord old = zone.find(info.recordName());
            if (old != null) old.bury();
            zone.put(info);
            log(zone, info, now);
            return null;
        });
    }

    // ---- asset mutations (each logs exactly the records Apple's change feed shows for it)

    /** Moves the asset to Recently Deleted; the master follows once none of its assets is left outside. */
    public Asset trash(String assetId) {
        return onAsset(assetId, this::trash);
    }

    public Asset trash(Zone zone, Asset a) {
        long now = clock.millis();
        if (!a.trashed()) a.master().liveAssets(a.master().liveAssets() - 1);
        a.trash(now + TRASH_KEEPS.toMillis(), now + TRASHED_RECORD_EXPIRES.toMillis());
        noteExpiry(a.dateExpunged());
        if (a.master().liveAssets() == 0) {
            a.master().trashedWith(a);
            log(zone, a.master(), now);
        }
        log(zone, a, now);
        return a;
    }

    public Asset restore(String assetId) {
        return onAsset(assetId, this::restore);
    }

    public Asset restore(Zone zone, Asset a) {
        long now = clock.millis();
        if (a.trashed()) a.master().liveAssets(a.master().liveAssets() + 1);
        a.restore();
        if (a.master().trashed()) {
            a.master().untrashed();
            log(zone, a.master(), now);
        }
        log(zone, a, now);
        return a;
    }

    /** Deletes the asset for good: tombstones for it, its album memberships, and its master if no other asset uses it. */
    public void purge(String assetId) {
        onAsset(assetId, (z, a) -> {
            purge(z, a);
            return a;
        });
    }

    public void purge(Zone zone, Asset a) {
        long now = clock.millis();
        for (Relation r : List.copyOf(a.memberships())) removeRelation(zone, r, now, false);
        a.bury();
        zone.forget(a);
        log(zone, a, now);
        Master m = a.master();
        if (!a.trashed()) m.liveAssets(m.liveAssets() - 1);
        m.assets(m.assets() - 1);
        if (m.assets() == 0) {
            m.bury();
            log(zone, m, now);
        }
    }

    /** Purges assets whose time in Recently Deleted is over; returns how many. */
    public int purgeExpired() {
        long now = clock.millis();
        if (now < earliestExpiry) return 0;
        return write(() -> {
            int n = 0;
            long next = Long.MAX_VALUE;
            for (Zone z : zones()) {
                for (Asset a : List.copyOf(z.assets())) {
                    if (!a.trashed()) continue;
                    if (a.dateExpunged() <= now) {
                        purge(z, a);
                        n++;
                    } else {
                        next = Math.min(next, a.dateExpunged());
                    }
                }
            }
            earliestExpiry = next;
            return n;
        });
    }

    public Asset favorite(String assetId, boolean on) {
        return onAsset(assetId, (z, a) -> favorite(z, a, on));
    }

    public Asset favorite(Zone zone, Asset a, boolean on) {
        a.favorite(on);
        log(zone, a, clock.millis());
        return a;
    }

    /** Sets the title, description and keywords, as Photos on another device does. */
    public Asset describe(String assetId, String caption, String description, List<String> keywords) {
        return onAsset(assetId, (z, a) -> {
            a.describe(caption, description, keywords);
            log(z, a, clock.millis());
            return a;
        });
    }

    /** Sets or clears (null) where the asset was taken, as Photos on another device does. */
    public Asset locate(String assetId, Location location) {
        return onAsset(assetId, (z, a) -> {
            a.location(location);
            log(z, a, clock.millis());
            return a;
        });
    }

    public Asset hide(String assetId, boolean on) {
        return onAsset(assetId, (z, a) -> hide(z, a, on));
    }

    public Asset hide(Zone zone, Asset a, boolean on) {
        a.hidden(on);
        log(zone, a, clock.millis());
        return a;
    }

    /** Applies a new edit: a new rendered file on the asset; the master is unchanged. */
    public Asset edit(String assetId) {
        return onAsset(assetId, (z, a) -> {
            a.edit(register(resources.edit(a.master(), a.subtype(), a.master().original().seed() ^ a.recordName().hashCode(),
                    a.edits() + 1)));
            log(z, a, clock.millis());
            return a;
        });
    }

    /** Logs a write that changed nothing the fake models (the change tag still moves). */
    public void touch(Zone zone, ZoneRecord r) {
        log(zone, r, clock.millis());
    }

    // ---- albums

    public Relation addToAlbum(String assetId, String albumId) {
        return write(() -> {
            Zone z = findAssetZone(assetId);
            return addToAlbum(z, requireAsset(z, assetId), requireAlbum(z, albumId), clock.millis());
        });
    }

    /** Runs {@code action} on asset {@code assetId} under the write lock. */
    private <T> T onAsset(String assetId, java.util.function.BiFunction<Zone, Asset, T> action) {
        return write(() -> {
            Zone z = findAssetZone(assetId);
            return action.apply(z, requireAsset(z, assetId));
        });
    }

    public Relation addToAlbum(Zone zone, Asset a, Album album, long at) {
        if (album.folder()) throw LibraryException.invalid("'" + album.recordName() + "' is a folder; only albums hold photos");
        if (zone.find(Relation.name(a.recordName(), album.recordName())) != null) {
            throw new LibraryException(LibraryException.Reason.EXISTS,
                    "asset " + a.recordName() + " is already in album " + album.recordName());
        }
        long position = album.nextMemberPosition(POSITION_STEP);
        Relation r = new Relation(at, a, album, position);
        zone.put(r);
        album.members().add(r);
        a.memberships().add(r);
        log(zone, r, at);
        log(zone, album, at);
        return r;
    }

    public void removeFromAlbum(String assetId, String albumId) {
        write(() -> {
            Zone z = findAssetZone(assetId);
            ZoneRecord r = z.find(Relation.name(assetId, albumId));
            if (!(r instanceof Relation rel)) {
                throw LibraryException.notFound("asset " + assetId + " is not in album " + albumId);
            }
            removeRelation(z, rel, clock.millis(), true);
            return null;
        });
    }

    public void removeRelation(Zone zone, Relation r, long at, boolean touchAlbum) {
        r.bury();
        r.album().members().remove(r);
        r.asset().memberships().remove(r);
        log(zone, r, at);
        if (touchAlbum) log(zone, r.album(), at);
    }

    /** Creates an album or folder in PrimarySync (albums live only there). {@code parentId} null: top level. */
    public Album createAlbum(String id, String name, boolean folder, String parentId) {
        return write(() -> createAlbum(primary, id, name, folder ? Album.FOLDER : Album.ALBUM, parentId, null));
    }

    public Album createAlbum(Zone zone, String id, String name, int albumType, String parentId, Long position) {
        if (name == null || name.isEmpty()) throw LibraryException.invalid("an album needs a non-empty name");
        if (albumType != Album.ALBUM && albumType != Album.FOLDER) {
            throw LibraryException.invalid("albumType must be 0 (album) or 3 (folder), got " + albumType);
        }
        if (parentId != null) requireFolder(zone, parentId);
        long now = clock.millis();
        String recordName = id != null ? id : Ids.uuid(nextSeed++);
        if (zone.find(recordName) != null) {
            throw new LibraryException(LibraryException.Reason.EXISTS, "record " + recordName + " exists already");
        }
        long pos = position != null ? position
                : zone.albums().stream().mapToLong(Album::position).max().orElse(0) + POSITION_STEP;
        Album a = new Album(recordName, now, name, albumType, parentId, pos);
        zone.put(a);
        log(zone, a, now);
        return a;
    }

    public Album renameAlbum(String albumId, String name) {
        return write(() -> renameAlbum(primary, requireAlbum(primary, albumId), name));
    }

    public Album renameAlbum(Zone zone, Album a, String name) {
        if (name == null || name.isEmpty()) throw LibraryException.invalid("an album needs a non-empty name");
        if (a.special()) throw LibraryException.invalid("the special folder " + a.recordName() + " cannot be renamed");
        a.name(name);
        log(zone, a, clock.millis());
        return a;
    }

    /** Moves an album or folder under another folder ({@code parentId} null: to the top level). */
    public Album moveAlbum(String albumId, String parentId) {
        return write(() -> moveAlbum(primary, requireAlbum(primary, albumId), parentId));
    }

    public Album moveAlbum(Zone zone, Album a, String parentId) {
        if (a.special()) throw LibraryException.invalid("the special folder " + a.recordName() + " cannot be moved");
        for (String p = parentId; p != null; p = requireFolder(zone, p).parentId()) {
            if (p.equals(a.recordName())) throw LibraryException.invalid("cannot move " + a.recordName() + " into itself");
        }
        a.parentId(parentId);
        log(zone, a, clock.millis());
        return a;
    }

    /** Deletes an album the way the web app does ({@code isDeleted = 1}); a folder takes its contents with it. */
    public Album deleteAlbum(String albumId) {
        return write(() -> deleteAlbum(primary, requireAlbum(primary, albumId)));
    }

    public Album deleteAlbum(Zone zone, Album a) {
        if (a.special()) throw LibraryException.invalid("the special folder " + a.recordName() + " cannot be deleted");
        long now = clock.millis();
        for (Album child : List.copyOf(zone.albums())) {
            if (a.recordName().equals(child.parentId()) && !child.deleted()) deleteAlbum(zone, child);
        }
        a.deleted(true);
        log(zone, a, now);
        return a;
    }

    /** Hard-deletes any record (CloudKit {@code delete}/{@code forceDelete}): it becomes a tombstone. */
    public void destroy(Zone zone, ZoneRecord r) {
        long now = clock.millis();
        switch (r) {
            case Asset a -> purge(zone, a);
            case Relation rel -> removeRelation(zone, rel, now, true);
            case Album a -> {
                for (Relation rel : List.copyOf(a.members())) removeRelation(zone, rel, now, false);
                a.bury();
                zone.forget(a);
                log(zone, a, now);
            }
            default -> {
                r.bury();
                log(zone, r, now);
            }
        }
    }

    // ---- lookups

    /** The zone holding asset {@code assetId}; throws when no zone has it. */
    public Zone findAssetZone(String assetId) {
        for (Zone z : zones()) if (z.find(assetId) instanceof Asset) return z;
        throw LibraryException.notFound("no asset " + assetId);
    }

    public Asset requireAsset(Zone zone, String id) {
        if (zone.find(id) instanceof Asset a) return a;
        throw LibraryException.notFound("no asset " + id + " in " + zone.name());
    }

    public Album requireAlbum(Zone zone, String id) {
        if (zone.find(id) instanceof Album a && !a.deleted()) return a;
        throw LibraryException.notFound("no album " + id + " in " + zone.name());
    }

    private Album requireFolder(Zone zone, String id) {
        Album a = requireAlbum(zone, id);
        if (!a.folder()) throw LibraryException.invalid("'" + id + "' is an album, not a folder");
        return a;
    }

    Zone requireShared() {
        if (shared == null) throw LibraryException.invalid("this library has no shared-library zone");
        return shared;
    }

    void log(Zone zone, ZoneRecord r, long at) {
        zone.logChange(r, at, ++databaseChanges);
    }
}

package dev.orchard.fake.drive.tree;

import dev.orchard.fake.drive.content.Blob;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One account's iCloud Drive: the CloudDocs zone, its app-library zones and the trash, with etags drawn
 * from one counter (docs/protocol/drive.md §1). Every method takes the tree's lock; callers that check something
 * and then act (an etag precondition, say) hold {@code synchronized (tree)} around both.
 */
public final class DriveTree {
    public static final String CLOUD_DOCS = "com.apple.CloudDocs";

    /** Content and times of a new file. {@code created} null: now. */
    public record FileVersion(Blob content, boolean isPackage, Instant modified, Instant created) {
    }

    private static final Comparator<DriveItem> LISTING_ORDER =
            Comparator.comparing((DriveItem i) -> i.name().toLowerCase(Locale.ROOT)).thenComparing(DriveItem::docwsid);

    private final TreeRules rules;
    private final Clock clock;
    private final Map<String, DriveZone> zones = new LinkedHashMap<>();
    private final Set<DriveItem> trashed = new LinkedHashSet<>();
    // Starts past one base-36 digit so etags look like Apple's ("2m", "o96").
    private long counter = 36;

    public DriveTree(TreeRules rules, Clock clock, List<AppLibrary> libraries) {
        this.rules = rules;
        this.clock = clock;
        DriveZone docs = new DriveZone(CLOUD_DOCS, null);
        initRoot(docs.root());
        zones.put(CLOUD_DOCS, docs);
        libraries.forEach(this::addAppLibrary);
    }

    public TreeRules rules() { return rules; }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private void initRoot(DriveItem root) {
        root.created = now();
        root.modified = root.created;
        root.changed = root.created;
        root.version = ++counter;
    }

    // ---- zones

    public synchronized DriveZone addAppLibrary(AppLibrary library) {
        if (zones.containsKey(library.zone())) throw new IllegalArgumentException("zone " + library.zone() + " exists already");
        DriveZone zone = new DriveZone(library.zone(), library);
        initRoot(zone.root());
        zones.put(library.zone(), zone);
        touchFolder(cloudDocs().root());
        return zone;
    }

    public synchronized DriveZone zone(String id) {
        return zones.get(id);
    }

    public synchronized DriveZone cloudDocs() {
        return zones.get(CLOUD_DOCS);
    }

    public synchronized List<DriveZone> appLibraries() {
        return zones.values().stream().filter(DriveZone::isAppLibrary).toList();
    }

    // ---- reading

    /** The item with this id, live or in the trash; null when unknown or deleted. */
    public synchronized DriveItem find(String zone, String docwsid) {
        DriveZone z = zones.get(zone);
        return z == null ? null : z.items.get(docwsid);
    }

    /** Whether the item is reachable from its zone root (not deleted, not in the trash). */
    public synchronized boolean isLive(DriveItem item) {
        if (item.deleted) return false;
        DriveItem i = item;
        while (i.parent != null) i = i.parent;
        return i.isZoneRoot();
    }

    /** The folder a listing names as parentId: the Drive root for app libraries, null for roots and the trash. */
    public synchronized DriveItem logicalParent(DriveItem item) {
        if (item.isZoneRoot()) return item.zone().isAppLibrary() ? cloudDocs().root() : null;
        return item.parent;
    }

    /** Direct children in listing order. */
    public synchronized List<DriveItem> children(DriveItem folder) {
        List<DriveItem> list = new ArrayList<>(folder.childItems());
        list.sort(LISTING_ORDER);
        return list;
    }

    /**
     * Children as a listing call sees them: items still lagging (eventual consistency) are left out, and each
     * such listing brings them one step closer to showing.
     */
    public synchronized List<DriveItem> listingChildren(DriveItem folder) {
        List<DriveItem> list = new ArrayList<>();
        for (DriveItem c : children(folder)) {
            if (c.hiddenListings > 0) {
                c.hiddenListings--;
            } else {
                list.add(c);
            }
        }
        return list;
    }

    /** Keeps a new item out of its parent's next {@code listings} listings. */
    public synchronized void hideFromListings(DriveItem item, int listings) {
        item.hiddenListings = Math.max(0, listings);
    }

    /** Top items of trashed subtrees, oldest first. */
    public synchronized List<DriveItem> trashItems() {
        return List.copyOf(trashed);
    }

    /** The path from the zone root, e.g. "Documents/report.pdf"; a trashed top item answers its restore path. */
    public synchronized String path(DriveItem item) {
        if (item.isZoneRoot()) return "";
        if (item.trash != null) return item.trash.restorePath();
        String up = item.parent == null ? "" : path(item.parent);
        return up.isEmpty() ? item.name : up + "/" + item.name;
    }

    /** The live child whose name clashes with {@code name}, or null. */
    public synchronized DriveItem childNamed(DriveItem folder, String name) {
        return folder.childByKey(rules, NameRules.clashKey(rules, name));
    }

    /** The live item at {@code path} below the zone root ("" is the root), or null. */
    public synchronized DriveItem resolve(DriveZone zone, String path) {
        DriveItem at = zone.root();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) continue;
            if (!at.isFolder()) return null;
            at = childNamed(at, segment);
            if (at == null) return null;
        }
        return at;
    }

    // ---- changing

    public synchronized DriveItem createFolder(DriveItem parent, String name, NameClashPolicy policy) {
        return createFolder(parent, name, policy, newDocwsid(), null);
    }

    public synchronized DriveItem createFolder(DriveItem parent, String name, NameClashPolicy policy,
                                               String docwsid, Instant created) {
        requireLiveFolder(parent);
        DriveItem folder = newItem(parent.zone(), docwsid, ItemKind.FOLDER, freeName(parent, name, true, null, policy));
        folder.created = created == null ? now() : created.truncatedTo(ChronoUnit.SECONDS);
        folder.modified = folder.created;
        attach(folder, parent);
        folder.version = ++counter;
        touchFolder(parent);
        return folder;
    }

    public synchronized DriveItem addFile(DriveItem parent, String name, FileVersion v, NameClashPolicy policy) {
        return addFile(parent, name, v, policy, newDocwsid());
    }

    public synchronized DriveItem addFile(DriveItem parent, String name, FileVersion v, NameClashPolicy policy,
                                          String docwsid) {
        requireLiveFolder(parent);
        DriveItem file = newItem(parent.zone(), docwsid, ItemKind.FILE, freeName(parent, name, false, null, policy));
        file.content = v.content();
        file.isPackage = v.isPackage();
        file.modified = v.modified() == null ? now() : v.modified().truncatedTo(ChronoUnit.SECONDS);
        file.created = v.created() == null ? now() : v.created().truncatedTo(ChronoUnit.SECONDS);
        attach(file, parent);
        bumpContent(file);
        touchFolder(parent);
        return file;
    }

    /** New content for an existing file, as another device saving in place would write it. */
    public synchronized void replaceContent(DriveItem file, Blob content, Instant modified) {
        if (!file.isFile()) throw new TreeConflict(TreeConflict.Reason.NOT_A_FOLDER, file.name + " is a folder, not a file");
        requireNotDeleted(file);
        long delta = content.size() - file.size();
        file.content = content;
        file.modified = (modified == null ? now() : modified).truncatedTo(ChronoUnit.SECONDS);
        if (file.parent != null) addToCounts(file.parent, 0, delta);
        bumpContent(file);
        if (file.parent != null) touchFolder(file.parent);
    }

    public synchronized void rename(DriveItem item, String newName, NameClashPolicy policy) {
        requireMovable(item);
        DriveItem parent = item.parent;
        String name = freeName(parent, newName, item.isFolder(), item, policy);
        parent.removeChild(rules, item);
        item.name = name;
        parent.addChild(rules, item);
        bump(item);
        touchFolder(parent);
    }

    public synchronized void move(DriveItem item, DriveItem destination, NameClashPolicy policy) {
        requireMovable(item);
        requireLiveFolder(destination);
        if (item.zone() != destination.zone()) {
            throw new TreeConflict(TreeConflict.Reason.CROSS_ZONE,
                    "cannot move " + item.name + " from " + item.zone().id() + " to " + destination.zone().id());
        }
        for (DriveItem d = destination; d != null; d = d.parent) {
            if (d == item) throw new TreeConflict(TreeConflict.Reason.INTO_ITSELF, "cannot move " + item.name + " into itself");
        }
        String name = freeName(destination, item.name, item.isFolder(), item, policy);
        DriveItem from = item.parent;
        detach(item);
        item.name = name;
        attach(item, destination);
        bump(item);
        touchFolder(from);
        if (destination != from) touchFolder(destination);
    }

    public synchronized void trash(DriveItem item) {
        requireMovable(item);
        Instant now = now();
        DriveItem from = item.parent;
        String restorePath = path(item);
        detach(item);
        item.trash = new Trash(from, restorePath, now, now.plus(rules.trashRetention()));
        trashed.add(item);
        bump(item);
        touchFolder(from);
    }

    /** Restores a trashed item where it was, re-creating missing folders of its path; a taken name is bounced. */
    public synchronized void putBack(DriveItem item) {
        if (item.trash == null || item.deleted) {
            throw new TreeConflict(TreeConflict.Reason.NOT_IN_TRASH, item.name + " is not in the trash");
        }
        Trash t = item.trash;
        DriveItem target = isLive(t.formerParent()) ? t.formerParent() : recreateFolders(item.zone(), t.restorePath());
        item.name = freeName(target, item.name, item.isFolder(), null, NameClashPolicy.AUTO_RENAME);
        item.trash = null;
        trashed.remove(item);
        attach(item, target);
        bump(item);
        touchFolder(target);
    }

    /** Deletes for good, live or trashed, with the whole subtree. */
    public synchronized void delete(DriveItem item) {
        if (item.isZoneRoot()) throw new TreeConflict(TreeConflict.Reason.ROOT, "a zone root cannot be deleted");
        requireNotDeleted(item);
        DriveItem from = item.parent;
        if (from != null) {
            boolean wasLive = isLive(item);
            detach(item);
            item.parent = from;
            if (wasLive) touchFolder(from);
        }
        trashed.remove(item);
        markDeleted(item);
    }

    /** Deletes trashed items whose retention has run out; returns how many. */
    public synchronized int purgeExpiredTrash() {
        Instant now = clock.instant();
        List<DriveItem> expired = trashed.stream().filter(i -> !i.trash.expiresAt().isAfter(now)).toList();
        expired.forEach(this::delete);
        return expired.size();
    }

    // ---- internals

    private DriveItem recreateFolders(DriveZone zone, String restorePath) {
        DriveItem at = zone.root();
        String[] segments = restorePath.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].isEmpty()) continue;
            DriveItem next = childNamed(at, segments[i]);
            at = next != null && next.isFolder() ? next
                    : createFolder(at, segments[i], NameClashPolicy.AUTO_RENAME);
        }
        return at;
    }

    private String freeName(DriveItem folder, String wanted, boolean isFolder, DriveItem self, NameClashPolicy policy) {
        DriveItem holder = childNamed(folder, wanted);
        if (holder == null || holder == self) return wanted;
        if (policy == NameClashPolicy.REJECT) {
            throw new TreeConflict(TreeConflict.Reason.NAME_TAKEN, "'" + wanted + "' is taken by " + holder.name);
        }
        for (int n = 2; ; n++) {
            String candidate = NameRules.variant(rules, wanted, isFolder, n);
            DriveItem h = childNamed(folder, candidate);
            if (h == null || h == self) return candidate;
        }
    }

    private DriveItem newItem(DriveZone zone, String docwsid, ItemKind kind, String name) {
        if (zone.items.containsKey(docwsid)) throw new IllegalArgumentException("id " + docwsid + " is in use");
        DriveItem item = new DriveItem(zone, docwsid, kind);
        item.name = name;
        item.changed = now();
        zone.items.put(docwsid, item);
        return item;
    }

    private void attach(DriveItem item, DriveItem parent) {
        item.parent = parent;
        parent.addChild(rules, item);
        addToCounts(parent, subtreeFiles(item), subtreeBytes(item));
    }

    private void detach(DriveItem item) {
        DriveItem parent = item.parent;
        parent.removeChild(rules, item);
        addToCounts(parent, -subtreeFiles(item), -subtreeBytes(item));
        item.parent = null;
    }

    private static long subtreeFiles(DriveItem item) {
        return item.isFile() ? 1 : item.fileCount;
    }

    private static long subtreeBytes(DriveItem item) {
        return item.isFile() ? item.size() : item.assetQuota;
    }

    // Counters stop at the top of whatever tree the folder hangs in: a zone root, or a trashed folder.
    private static void addToCounts(DriveItem folder, long files, long bytes) {
        for (DriveItem f = folder; f != null; f = f.parent) {
            f.fileCount += files;
            f.assetQuota += bytes;
        }
    }

    private void markDeleted(DriveItem item) {
        item.deleted = true;
        item.zone().items.remove(item.docwsid());
        if (item.isFolder()) item.childItems().forEach(this::markDeleted);
    }

    private void bump(DriveItem item) {
        item.version = ++counter;
        item.changed = now();
    }

    private void bumpContent(DriveItem file) {
        file.contentVersion = ++counter;
        bump(file);
    }

    private void touchFolder(DriveItem folder) {
        folder.version = ++counter;
        if (rules.etagPropagation() == EtagPropagation.ANCESTORS) {
            for (DriveItem p = logicalParent(folder); p != null; p = logicalParent(p)) p.version = ++counter;
        }
    }

    private void requireLiveFolder(DriveItem folder) {
        if (!folder.isFolder()) throw new TreeConflict(TreeConflict.Reason.NOT_A_FOLDER, folder.name + " is not a folder");
        if (!isLive(folder)) throw new TreeConflict(TreeConflict.Reason.NOT_LIVE, folder.name + " is in the trash or deleted");
    }

    private void requireMovable(DriveItem item) {
        if (item.isZoneRoot()) throw new TreeConflict(TreeConflict.Reason.ROOT, "a zone root cannot be changed");
        if (!isLive(item)) throw new TreeConflict(TreeConflict.Reason.NOT_LIVE, item.name + " is in the trash or deleted");
    }

    private static void requireNotDeleted(DriveItem item) {
        if (item.deleted) throw new TreeConflict(TreeConflict.Reason.NOT_LIVE, item.name + " is deleted");
    }

    private static String newDocwsid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}

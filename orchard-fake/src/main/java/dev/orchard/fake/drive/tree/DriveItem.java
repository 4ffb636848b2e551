package dev.orchard.fake.drive.tree;

import dev.orchard.fake.drive.content.Blob;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file, folder or zone root. Only {@link DriveTree} changes items; read them while holding the tree's
 * lock ({@code synchronized (tree)}) so that a listing sees one consistent state.
 */
public final class DriveItem {
    private final DriveZone zone;
    private final String docwsid;
    private final ItemKind kind;
    private final Map<String, DriveItem> children;
    private Map<String, DriveItem> childrenByKey;
    private int childrenKeyVersion = -1;
    private boolean childKeysMayRepeat;

    String name;
    DriveItem parent;
    Instant created;
    Instant modified;
    Instant changed;
    long version;
    long contentVersion;
    Blob content;
    boolean isPackage;
    long fileCount;
    long assetQuota;
    Trash trash;
    boolean deleted;
    int hiddenListings;

    DriveItem(DriveZone zone, String docwsid, ItemKind kind) {
        this.zone = zone;
        this.docwsid = docwsid;
        this.kind = kind;
        this.children = kind.isFolder() ? new LinkedHashMap<>() : null;
    }

    public DriveZone zone() { return zone; }
    public String docwsid() { return docwsid; }
    public ItemKind kind() { return kind; }
    public boolean isFolder() { return kind.isFolder(); }
    public boolean isFile() { return kind == ItemKind.FILE; }
    public boolean isZoneRoot() { return zone.root() == this; }

    public String drivewsid() {
        return kind.idPrefix() + "::" + zone.id() + "::" + docwsid;
    }

    /** The full name as stored (with extension); "" for the Drive root. */
    public String name() { return name; }
    /** The containing folder; null for zone roots and for the top item of a trashed subtree. */
    public DriveItem parent() { return parent; }
    public Instant created() { return created; }
    /** The content's modification time, whole seconds. */
    public Instant modified() { return modified; }
    /** When the server last changed anything about the item. */
    public Instant changed() { return changed; }
    public Blob content() { return content; }
    public boolean isPackage() { return isPackage; }
    public long size() { return content == null ? 0 : content.size(); }
    /** Files in the subtree (folders). */
    public long fileCount() { return fileCount; }
    /** Bytes in the subtree (folders). */
    public long assetQuota() { return assetQuota; }
    public long directChildrenCount() { return children == null ? 0 : children.size(); }
    /** Non-null on the top item of a trashed subtree. */
    public Trash trash() { return trash; }
    public boolean deleted() { return deleted; }

    /** docs/protocol/drive.md §1: a base-36 counter for folders, "meta::content" for files, "null" once deleted. */
    public String etag() {
        if (deleted) return "null";
        String v = Long.toString(version, 36);
        return kind == ItemKind.FILE ? v + "::" + Long.toString(contentVersion, 36) : v;
    }

    /** The opaque base64-ish id docws uses next to the docwsid. */
    public String itemId() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((zone.id() + "/" + docwsid).getBytes(StandardCharsets.UTF_8));
            return "CJ" + Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Collection<DriveItem> childItems() {
        return children.values();
    }

    DriveItem childByKey(TreeRules rules, String key) {
        return index(rules).get(key);
    }

    void addChild(TreeRules rules, DriveItem child) {
        children.put(child.docwsid, child);
        if (childrenByKey != null) {
            DriveItem before = childrenByKey.putIfAbsent(NameRules.clashKey(rules, child.name), child);
            if (before != null) childKeysMayRepeat = true;
        }
    }

    void removeChild(TreeRules rules, DriveItem child) {
        children.remove(child.docwsid);
        if (childrenByKey == null) return;
        if (childKeysMayRepeat) {
            childrenByKey = null;
        } else {
            childrenByKey.remove(NameRules.clashKey(rules, child.name), child);
        }
    }

    private Map<String, DriveItem> index(TreeRules rules) {
        if (childrenByKey == null || childrenKeyVersion != rules.nameKeyVersion()) {
            Map<String, DriveItem> m = new HashMap<>();
            childKeysMayRepeat = false;
            for (DriveItem c : children.values()) {
                if (m.putIfAbsent(NameRules.clashKey(rules, c.name), c) != null) childKeysMayRepeat = true;
            }
            childrenByKey = m;
            childrenKeyVersion = rules.nameKeyVersion();
        }
        return childrenByKey;
    }

    @Override
    public String toString() {
        return drivewsid() + " '" + name + "'";
    }
}

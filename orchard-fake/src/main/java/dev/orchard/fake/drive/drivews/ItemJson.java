package dev.orchard.fake.drive.drivews;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.DriveSettings;
import dev.orchard.fake.drive.tree.AppLibrary;
import dev.orchard.fake.drive.tree.DriveId;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.drive.tree.ItemKind;
import dev.orchard.fake.drive.tree.NameRules;
import dev.orchard.fake.http.Json;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Renders items the way drivews reports them (docs/protocol/drive.md §1, recorded replies). Use under the tree's lock. */
public final class ItemJson {
    private final DriveTree tree;
    private final DriveSettings settings;
    private final String drivewsOrigin;

    public ItemJson(DriveTree tree, DriveSettings settings, String drivewsOrigin) {
        this.tree = tree;
        this.settings = settings;
        this.drivewsOrigin = drivewsOrigin;
    }

    /** A name as the service reports it: as stored, or decomposed when the NFD knob is on. */
    public String out(String name) {
        return out(settings, name);
    }

    public static String out(DriveSettings settings, String name) {
        return settings.nfdNames() ? Normalizer.normalize(name, Normalizer.Form.NFD) : name;
    }

    public static ObjectNode invalid(String drivewsid) {
        return Json.object().put("drivewsid", drivewsid).put("status", "ID_INVALID");
    }

    /** An item as it appears in a folder's {@code items} and in mutation replies. */
    public ObjectNode item(DriveItem i) {
        ObjectNode o = Json.object();
        o.put("drivewsid", i.drivewsid());
        o.put("docwsid", i.docwsid());
        o.put("zone", i.zone().id());
        if (!i.isZoneRoot()) o.put("item_id", i.itemId()); // recorded on files and folders, never on roots
        NameRules.Split split = i.isZoneRoot() ? new NameRules.Split(i.name(), null)
                : NameRules.split(tree.rules(), i.name(), i.isFolder());
        o.put("name", out(split.name()));
        if (split.extension() != null) o.put("extension", out(split.extension()));
        String parentId = parentId(i);
        if (parentId != null) o.put("parentId", parentId);
        // the Drive root has it too in opendal's recording (2024); pyicloud's older, hand-trimmed one lacks it
        o.put("dateCreated", i.zone().isAppLibrary() && i.isZoneRoot() ? Dates.pacific(i.created()) : Dates.utc(i.created()));
        if (i.trash() != null) {
            o.put("dateExpiration", Dates.utc(i.trash().expiresAt()));
            o.put("isChainedToParent", true);
            o.put("restorePath", out(i.trash().restorePath()));
        }
        if (i.deleted()) o.put("isDeleted", true);
        switch (i.kind()) {
            case FILE -> file(o, i, split);
            case FOLDER -> {
                o.put("etag", i.etag());
                o.put("type", "FOLDER");
                counters(o, i);
            }
            case APP_LIBRARY -> appLibrary(o, i);
        }
        return o;
    }

    private String parentId(DriveItem i) {
        if (i.trash() != null) {
            return i.deleted() ? i.trash().formerParent().drivewsid() : DriveId.TRASH_ROOT;
        }
        DriveItem p = tree.logicalParent(i);
        return p == null ? null : p.drivewsid();
    }

    private static void file(ObjectNode o, DriveItem i, NameRules.Split split) {
        o.put("dateModified", Dates.utc(i.modified()));
        o.put("dateChanged", Dates.pacific(i.changed()));
        o.put("size", i.size());
        o.put("etag", i.etag());
        if (split.extension() != null) o.put("hiddenExtension", true);
        o.put("lastOpenTime", Dates.utc(i.modified()));
        o.put("type", "FILE");
    }

    private static void counters(ObjectNode o, DriveItem i) {
        o.put("assetQuota", i.assetQuota());
        o.put("fileCount", i.fileCount());
        o.put("shareCount", 0);
        o.put("shareAliasCount", 0);
        o.put("directChildrenCount", i.directChildrenCount());
    }

    private void appLibrary(ObjectNode o, DriveItem root) {
        AppLibrary lib = root.zone().library();
        o.put("etag", root.etag());
        o.put("type", "APP_LIBRARY");
        o.put("maxDepth", "ANY");
        ArrayNode icons = o.putArray("icons");
        for (int size : new int[] {120, 80, 40}) {
            icons.addObject().put("url", drivewsOrigin + "/getIcons?id=" + lib.zone() + "&field=icon" + size + "x" + size + "_iOS")
                    .put("type", "IOS").put("size", size);
        }
        ArrayNode ext = o.putArray("supportedExtensions");
        lib.supportedExtensions().forEach(ext::add);
        ArrayNode types = o.putArray("supportedTypes");
        lib.supportedTypes().forEach(types::add);
    }

    /** Only the cheap fields ({@code partialData: true}). */
    public static ObjectNode partial(DriveItem i) {
        return Json.object().put("drivewsid", i.drivewsid()).put("docwsid", i.docwsid()).put("etag", i.etag());
    }

    /** A folder with its children, as retrieveItemDetailsInFolders answers. */
    public ObjectNode details(DriveItem folder, boolean partialItems, boolean withHierarchy) {
        ObjectNode o = item(folder);
        if (folder.kind() == ItemKind.APP_LIBRARY) counters(o, folder);
        if (withHierarchy) o.set("hierarchy", hierarchy(folder));
        List<DriveItem> children = new ArrayList<>();
        if (folder == tree.cloudDocs().root()) tree.appLibraries().stream().map(DriveZone::root).forEach(children::add);
        children.addAll(tree.listingChildren(folder));
        ArrayNode items = o.putArray("items");
        for (DriveItem c : children) items.add(partialItems ? partial(c) : item(c));
        o.put("numberOfItems", children.size());
        o.put("status", "OK"); // Apple's folder details carry it (recorded by opendal, which requires it)
        return o;
    }

    /** Ancestors from the top down to the parent; roots and the trash appear as bare ids. */
    public ArrayNode hierarchy(DriveItem item) {
        List<ObjectNode> chain = new ArrayList<>();
        DriveItem at = item;
        while (true) {
            if (at.trash() != null && !at.deleted()) {
                chain.add(Json.object().put("drivewsid", DriveId.TRASH_ROOT));
                break;
            }
            DriveItem p = tree.logicalParent(at);
            if (p == null) break;
            chain.add(ancestor(p));
            at = p;
        }
        ArrayNode out = Json.array();
        for (int k = chain.size() - 1; k >= 0; k--) out.add(chain.get(k));
        return out;
    }

    private ObjectNode ancestor(DriveItem folder) {
        ObjectNode o = Json.object().put("drivewsid", folder.drivewsid());
        if (folder.isZoneRoot()) return o;
        NameRules.Split split = NameRules.split(tree.rules(), folder.name(), true);
        o.put("name", out(split.name()));
        o.put("etag", folder.etag());
        if (split.extension() != null) o.put("extension", out(split.extension()));
        return o;
    }

    /** The trash as a folder listing. */
    public ObjectNode trash(boolean partialItems) {
        ObjectNode o = Json.object();
        ArrayNode items = o.putArray("items");
        List<DriveItem> trashed = tree.trashItems();
        for (DriveItem i : trashed) items.add(partialItems ? partial(i) : item(i));
        o.put("numberOfItems", trashed.size());
        o.put("drivewsid", DriveId.TRASH_ROOT);
        return o;
    }
}

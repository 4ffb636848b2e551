package dev.orchard.drive.remote;

import dev.orchard.drive.options.Filters;
import dev.orchard.drive.local.Names;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.icloud.drive.DriveException;
import dev.orchard.icloud.drive.DriveIds;
import dev.orchard.icloud.drive.FolderListing;
import dev.orchard.icloud.drive.FolderWalker;
import dev.orchard.icloud.drive.ItemType;
import dev.orchard.icloud.drive.RemoteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the whole iCloud Drive (its own zone; app libraries are left alone) into a {@link RemoteSnapshot}.
 * Hostile names ({@code ..}, '/', control characters) are refused with a warning and never descended into,
 * so nothing the server says can point outside the sync folder.
 */
public final class RemoteScanner {
    private final FolderWalker walker;
    private final Filters filters;
    private final Set<String> packages;

    public RemoteScanner(FolderWalker walker, Filters filters, Set<String> packages) {
        this.walker = walker;
        this.filters = filters;
        this.packages = packages;
    }

    public RemoteSnapshot scan() {
        Map<String, String> pathById = new HashMap<>();
        pathById.put(DriveIds.ROOT, "");
        Map<String, RemoteEntry> entries = new HashMap<>();
        Set<String> colliding = new HashSet<>();
        Set<String> holdsSkipped = new HashSet<>();
        Set<String> unknown = new HashSet<>();
        Set<String> descend = new HashSet<>();
        List<RemoteEntry> temps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        RemoteItem[] root = {null};
        int[] rootItems = {0};
        walker.walk(DriveIds.ROOT, c -> descend.contains(c.drivewsid()), (FolderListing l) -> {
            String folderPath = pathById.get(l.drivewsid());
            if (l.invalid()) {
                if (folderPath == null || folderPath.isEmpty()) {
                    throw new DriveException(DriveException.Kind.PROTOCOL, 200, "iCloud Drive did not list its root folder (ID_INVALID)");
                }
                unknown.add(PathKeys.key(folderPath));
                warnings.add(folderPath + ": changed while it was listed; left for the next pass");
                return;
            }
            if (folderPath.isEmpty()) {
                root[0] = l.folder();
                rootItems[0] = (int) l.children().stream().filter(c -> c.type() != ItemType.APP_LIBRARY).count();
            }
            String parentKey = PathKeys.key(folderPath);
            for (RemoteItem c : l.children()) {
                if (c.type() == ItemType.APP_LIBRARY) continue;
                String name = c.nfcName();
                String path = PathKeys.child(folderPath, name);
                if (Names.remoteTemp(name)) {
                    temps.add(new RemoteEntry(path, c));
                    continue;
                }
                if (Names.systemClutter(name)) {
                    holdsSkipped.add(parentKey);
                    continue;
                }
                String why = Names.hostile(c.name());
                if (why == null && Names.internal(name)) {
                    why = "names starting with " + Names.INTERNAL_PREFIX + " are Orchard's own (temporary files, "
                            + Names.LOCAL_TRASH + "); rename it in iCloud to sync it";
                }
                if (why == null) why = Names.tooLong(name);
                if (why == null) why = Names.ineligible(name, c.isFolder());
                if (why == null && packages.contains(c.drivewsid())) why = "an app package; Orchard leaves packages alone";
                if (why != null) {
                    holdsSkipped.add(parentKey);
                    warnings.add(PathKeys.child(folderPath, printable(c.name())) + ": skipped, " + why);
                    continue;
                }
                if (!filters.accepts(path, c.isFolder())) {
                    holdsSkipped.add(parentKey);
                    continue;
                }
                String key = PathKeys.key(path);
                if (entries.putIfAbsent(key, new RemoteEntry(path, c)) != null) {
                    colliding.add(key);
                    warnings.add(path + ": skipped, two iCloud items differ only by case or Unicode form");
                    continue;
                }
                if (c.isFolder()) {
                    pathById.put(c.drivewsid(), path);
                    descend.add(c.drivewsid());
                }
            }
        });
        return new RemoteSnapshot(root[0], entries, colliding, holdsSkipped, unknown, temps, warnings, rootItems[0]);
    }

    private static String printable(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toCharArray()) {
            b.append(ch < 0x20 || ch == 0x7f ? String.format("\\x%02x", (int) ch) : ch == '/' ? "\u2215" : ch);
        }
        return b.toString();
    }
}

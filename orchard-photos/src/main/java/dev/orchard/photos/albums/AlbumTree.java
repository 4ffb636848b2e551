package dev.orchard.photos.albums;

import dev.orchard.icloud.photos.model.Album;
import dev.orchard.photos.layout.NameSanitizer;
import dev.orchard.photos.layout.VersionNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folder paths for albums below {@code Albums/}: {@code <folder>/<sub folder>/<album>}, names sanitised,
 * siblings with the same name told apart by a suffix from the album id (the first by position keeps the
 * plain name). Albums whose parent is unknown sit at the top. The top-level name {@link SmartAlbum#FOLDER} is
 * Orchard's: a user's album or folder called that (in any case) gets the suffix, so the two never share a folder.
 */
public final class AlbumTree {
    private AlbumTree() {
    }

    /** Relative folder (without the leading Albums/) of every album and folder, by record name. */
    public static Map<String, String> folders(List<Album> albums) {
        Map<String, Album> byId = new HashMap<>();
        albums.forEach(a -> byId.put(a.recordName(), a));
        Map<String, List<Album>> children = new LinkedHashMap<>();
        for (Album a : albums) {
            String parent = a.parentId() != null && byId.containsKey(a.parentId()) ? a.parentId() : "";
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
        }
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, List<Album>> level : children.entrySet()) {
            List<Album> siblings = level.getValue();
            siblings.sort(Comparator.comparingLong(Album::position).thenComparing(Album::recordName));
            Set<String> used = new HashSet<>();
            if (level.getKey().isEmpty()) used.add(SmartAlbum.FOLDER.toLowerCase(Locale.ROOT));
            for (Album a : siblings) {
                String name = NameSanitizer.component(a.name(), 200, a.folder() ? "Untitled folder" : "Untitled album");
                if (!used.add(name.toLowerCase(Locale.ROOT))) {
                    name = name + VersionNames.suffix(a.recordName(), 8);
                    used.add(name.toLowerCase(Locale.ROOT));
                }
                names.put(a.recordName(), name);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Album a : albums) {
            StringBuilder b = new StringBuilder(names.get(a.recordName()));
            Set<String> seen = new HashSet<>();
            seen.add(a.recordName());
            String p = a.parentId();
            while (p != null && byId.containsKey(p) && seen.add(p)) {
                b.insert(0, names.get(p) + "/");
                p = byId.get(p).parentId();
            }
            out.put(a.recordName(), b.toString());
        }
        return out;
    }
}

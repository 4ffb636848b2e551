package dev.orchard.app.photos;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.AssetIndex;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code orchard photos albums}: the album and folder tree in iCloud, with how many items each album holds. */
@Command(name = "albums", mixinStandardHelpOptions = true,
        description = "Show the album and folder tree in iCloud Photos with the number of items in each album.")
public final class PhotosAlbumsCommand extends PhotosSubcommand implements Callable<Integer> {
    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        try (ICloudSession session = signIn()) {
            PhotosService photos = new PhotosService(session, 4);
            for (PhotoZone zone : photos.zones()) {
                photos.checkIndexing(zone);
                Map<String, Long> totals = photos.counts(zone, List.of(AssetIndex.ALL.countId(),
                        AssetIndex.HIDDEN.countId(), AssetIndex.RECENTLY_DELETED.countId()));
                out.println((zone.isShared() ? "Shared Library" : "Library") + " (" + zone.zoneName() + "): "
                        + Units.count(totals.get(AssetIndex.ALL.countId())) + " items, "
                        + Units.count(totals.get(AssetIndex.HIDDEN.countId())) + " hidden, "
                        + Units.count(totals.get(AssetIndex.RECENTLY_DELETED.countId())) + " recently deleted");
                if (zone.isShared()) continue;
                List<Album> albums = photos.listAlbums(zone);
                List<String> countIds = new ArrayList<>();
                for (Album a : albums) {
                    if (!a.folder()) countIds.add(AssetIndex.albumCountId(a.recordName()));
                }
                Map<String, Long> counts = photos.counts(zone, countIds);
                printTree(out, albums, counts);
            }
        }
        return ExitCodes.OK;
    }

    private static void printTree(PrintWriter out, List<Album> albums, Map<String, Long> counts) {
        Map<String, Album> byId = new LinkedHashMap<>();
        albums.forEach(a -> byId.put(a.recordName(), a));
        Map<String, List<Album>> children = new LinkedHashMap<>();
        for (Album a : albums) {
            String parent = a.parentId() != null && byId.containsKey(a.parentId()) ? a.parentId() : "";
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
        }
        if (albums.isEmpty()) out.println("  (no albums)");
        print(out, "", children, counts, "  ", new java.util.HashSet<>());
    }

    private static void print(PrintWriter out, String parent, Map<String, List<Album>> children, Map<String, Long> counts,
                              String indent, Set<String> seen) {
        List<Album> level = new ArrayList<>(children.getOrDefault(parent, List.of()));
        level.sort(Comparator.comparingLong(Album::position).thenComparing(Album::recordName));
        for (Album a : level) {
            if (!seen.add(a.recordName())) continue;
            String name = a.name() == null ? "(untitled)" : a.name();
            if (a.folder()) {
                out.println(indent + name + "/");
                print(out, a.recordName(), children, counts, indent + "  ", seen);
            } else {
                long n = counts.getOrDefault(AssetIndex.albumCountId(a.recordName()), 0L);
                out.println(indent + name + "  (" + Units.count(n) + ")");
            }
        }
    }
}

package dev.orchard.photos.albums;

import dev.orchard.icloud.photos.model.Album;
import dev.orchard.photos.options.UnknownAlbumException;
import dev.orchard.photos.state.Stores;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds albums by the name or folder path {@code orchard photos albums} prints (case-insensitive). A folder
 * stands for every album below it. A name that matches nothing is an error naming the closest albums. Used by
 * {@code orchard photos archive} and by the sync's {@code --photos-album} and {@code --photos-exclude-album}.
 */
public final class AlbumMatcher {
    /** An album of a zone, with its folder path such as {@code Trips/Rome}. */
    public record AlbumRef(String zone, String id, String path) {
    }

    private final List<AlbumRef> albums = new ArrayList<>();
    private final List<AlbumRef> folders = new ArrayList<>();

    public static AlbumMatcher of(Stores stores) throws SQLException {
        AlbumMatcher m = new AlbumMatcher();
        for (String zone : stores.albums().zones()) {
            List<Album> all = stores.albums().all(zone);
            Map<String, Album> byId = new HashMap<>();
            all.forEach(a -> byId.put(a.recordName(), a));
            for (Album a : all) {
                AlbumRef ref = new AlbumRef(zone, a.recordName(), path(a, byId));
                (a.folder() ? m.folders : m.albums).add(ref);
            }
        }
        return m;
    }

    /** The albums {@code names} stand for, in order, each once. */
    public List<AlbumRef> resolve(List<String> names) {
        Set<AlbumRef> out = new LinkedHashSet<>();
        for (String name : names) {
            String want = fold(name);
            List<AlbumRef> hit = new ArrayList<>();
            for (AlbumRef a : albums) {
                if (fold(a.path()).equals(want) || fold(leaf(a.path())).equals(want)) hit.add(a);
            }
            for (AlbumRef f : folders) {
                if (!fold(f.path()).equals(want) && !fold(leaf(f.path())).equals(want)) continue;
                for (AlbumRef a : albums) {
                    if (a.zone().equals(f.zone()) && fold(a.path()).startsWith(fold(f.path()) + "/")) hit.add(a);
                }
                if (hit.isEmpty()) hit.add(f);
            }
            if (hit.isEmpty()) throw new UnknownAlbumException(name, "no album or folder '" + name + "'" + closest(name));
            hit.stream().filter(a -> albums.contains(a)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    private String closest(String name) {
        List<String> all = new ArrayList<>();
        albums.forEach(a -> all.add(a.path()));
        folders.forEach(f -> all.add(f.path() + "/"));
        if (all.isEmpty()) return "; this library has no albums (run orchard photos sync first if it should)";
        String want = fold(name);
        all.sort(Comparator.comparingInt((String p) -> Math.min(distance(want, fold(p)), distance(want, fold(leaf(p)))))
                .thenComparing(p -> p));
        return "; closest: " + String.join(", ", all.subList(0, Math.min(3, all.size())));
    }

    private static String leaf(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String fold(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The album's folder path joined with '/', e.g. {@code Trips/Rome}. */
    public static String path(Album a, Map<String, Album> byId) {
        StringBuilder b = new StringBuilder(String.valueOf(a.name()));
        Set<String> seen = new HashSet<>();
        Album p = a.parentId() == null ? null : byId.get(a.parentId());
        while (p != null && seen.add(p.recordName())) {
            b.insert(0, p.name() + "/");
            p = p.parentId() == null ? null : byId.get(p.parentId());
        }
        return b.toString();
    }
}

package dev.orchard.photos.library;

import dev.orchard.localfiles.StateException;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.shared.SharedState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Shared Albums the library keeps under {@code Shared Albums/}, as the web page shows them: read from
 * {@code .orchard/shared-albums.json}, never from the folder. Albums and items are named by opaque tokens, so
 * a request can only reach a file the state records.
 */
public final class SharedAlbums {
    static final String ALBUM_ZONE = "shared-album";

    /** One item's file: {@code path} relative to the library root; {@code date} null when the state predates it. */
    public record Item(String id, String albumId, String albumName, String path, long size, String sha256, String checksum,
                       Long date, String caption, String contributor) {
        public String kind() {
            String p = path.toLowerCase(Locale.ROOT);
            return p.endsWith(".mov") || p.endsWith(".mp4") || p.endsWith(".m4v") ? "video" : "photo";
        }

        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** Changes whenever the bytes do: the page's cache key. */
        public String version() {
            return Versions.of(sha256 + "/" + size);
        }
    }

    /** Items newest first; the cover is the newest. */
    public record Album(String id, String name, String dir, List<Item> items) {
        public String cover() {
            return items.isEmpty() ? null : items.get(0).id();
        }
    }

    private static final Comparator<Item> NEWEST_FIRST = Comparator.comparing((Item i) -> i.date() == null ? Long.MIN_VALUE : i.date())
            .reversed().thenComparing(Item::path);

    private final Map<String, Album> albums;
    private final Map<String, Item> items = new LinkedHashMap<>();

    private SharedAlbums(Map<String, Album> albums) {
        this.albums = albums;
        albums.values().forEach(a -> a.items().forEach(i -> items.put(i.id(), i)));
    }

    /** The file {@link #load} reads: a sync replaces it when Shared Albums changed. */
    public static Path location(Path library) {
        return SharedState.location(library);
    }

    /** @throws StateException with one line when the state file cannot be read */
    public static SharedAlbums load(Path library) {
        return load(new LibraryPaths(library));
    }

    static SharedAlbums load(LibraryPaths paths) {
        SharedState state;
        try {
            state = SharedState.load(paths.root());
        } catch (IOException e) {
            throw new StateException(e.getMessage(), e);
        }
        Map<String, Album> out = new LinkedHashMap<>();
        state.albums().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, SharedState.AlbumEntry> e) -> String.valueOf(e.getValue().name).toLowerCase(Locale.ROOT)))
                .forEach(e -> {
                    String albumId = new AssetKey(ALBUM_ZONE, e.getKey()).token();
                    String name = e.getValue().name == null ? e.getValue().dir : e.getValue().name;
                    List<Item> list = new ArrayList<>();
                    e.getValue().files.forEach((guid, f) -> list.add(new Item(new AssetKey(e.getKey(), guid).token(), albumId, name,
                            f.path(), f.size(), f.sha256(), f.checksum(), f.date(), f.caption(), f.contributor())));
                    list.sort(NEWEST_FIRST);
                    out.put(albumId, new Album(albumId, name, e.getValue().dir, List.copyOf(list)));
                });
        return new SharedAlbums(out);
    }

    public List<Album> albums() {
        return List.copyOf(albums.values());
    }

    /** Null when no album has this id. */
    public Album album(String id) {
        return albums.get(id);
    }

    /** Null when no item has this id. */
    public Item item(String id) {
        return items.get(id);
    }
}

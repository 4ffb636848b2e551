package dev.orchard.fake.photos.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.ContentSizes;
import dev.orchard.fake.photos.library.Ids;
import dev.orchard.fake.photos.library.PhotoLibrary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a library from a JSON spec; the format is described in {@code LIBRARY-SPEC.md} beside this class.
 * Every mistake is reported as one line naming where it is, e.g. {@code assets[3].kind: unknown asset kind 'gif' ...}.
 */
public final class LibrarySpecLoader {
    private static final Set<String> TOP_KEYS = Set.of("seed", "sharedLibrary", "photoBytes", "videoBytes", "albums", "assets");
    private static final Set<String> ALBUM_KEYS = Set.of("key", "id", "name", "folder", "children");

    /** What the spec asks of the library before any record is made. */
    public record Header(long seed, boolean sharedLibrary, ContentSizes sizes) {
    }

    private final JsonNode root;
    private final Map<String, String> albumIds = new HashMap<>();
    private final Map<String, String> assetIds = new HashMap<>();

    private LibrarySpecLoader(JsonNode root) {
        this.root = root;
    }

    public static LibrarySpecLoader parse(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("library spec is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("library spec must be a JSON object");
        AssetSpecJson.checkKeys(root, TOP_KEYS, "library spec");
        return new LibrarySpecLoader(root);
    }

    public Header header(long defaultSeed, ContentSizes defaultSizes) {
        long seed = root.has("seed") ? number(root.get("seed"), "seed") : defaultSeed;
        boolean shared = !root.has("sharedLibrary") || bool(root.get("sharedLibrary"), "sharedLibrary");
        ContentSizes sizes = new ContentSizes(
                root.has("photoBytes") ? bytes(root.get("photoBytes"), "photoBytes") : defaultSizes.photoBytes(),
                root.has("videoBytes") ? bytes(root.get("videoBytes"), "videoBytes") : defaultSizes.videoBytes());
        return new Header(seed, shared, sizes);
    }

    /** Creates the spec's albums and assets in {@code library} (which should be empty). */
    public void fill(PhotoLibrary library) {
        JsonNode albums = root.path("albums");
        if (!albums.isMissingNode()) {
            if (!albums.isArray()) throw new IllegalArgumentException("albums: must be an array");
            for (int i = 0; i < albums.size(); i++) album(library, albums.get(i), null, "albums[" + i + "]");
        }
        JsonNode assets = root.path("assets");
        List<AssetSpec> specs = new ArrayList<>();
        if (!assets.isMissingNode()) {
            if (!assets.isArray()) throw new IllegalArgumentException("assets: must be an array");
            for (int i = 0; i < assets.size(); i++) specs.add(asset(library, assets.get(i), i, "assets[" + i + "]"));
        }
        try {
            library.addAssets(specs);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("assets: " + e.getMessage());
        }
        library.writeLibraryInfo(library.primary());
        if (library.sharedZone() != null) library.writeLibraryInfo(library.sharedZone());
    }

    private void album(PhotoLibrary library, JsonNode a, String parent, String where) {
        if (!a.isObject()) throw new IllegalArgumentException(where + ": must be an object");
        AssetSpecJson.checkKeys(a, ALBUM_KEYS, where);
        String name = requiredText(a, "name", where);
        boolean folder = a.has("folder") && bool(a.get("folder"), where + ".folder");
        String key = a.has("key") ? a.get("key").asText() : name;
        String id = a.has("id") ? a.get("id").asText() : Ids.uuid(library.seed() ^ (0xA1B0L + albumIds.size() * 7919L));
        if (albumIds.containsKey(key)) throw new IllegalArgumentException(where + ": album key '" + key + "' is used twice");
        try {
            albumIds.put(key, library.createAlbum(id, name, folder, parent).recordName());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        JsonNode children = a.path("children");
        if (children.isMissingNode()) return;
        if (!folder) throw new IllegalArgumentException(where + ".children: only a folder (\"folder\": true) has children");
        if (!children.isArray()) throw new IllegalArgumentException(where + ".children: must be an array");
        for (int i = 0; i < children.size(); i++) {
            album(library, children.get(i), albumIds.get(key), where + ".children[" + i + "]");
        }
    }

    private AssetSpec asset(PhotoLibrary library, JsonNode a, int index, String where) {
        AssetSpec s = AssetSpecJson.parse(a, where, albumIds::get, assetIds::get);
        if (s.id() == null) s.id(Ids.uuid(library.seed() * 1_000_003L + index));
        if (s.seed() == null) s.seed(library.seed() * 7_919L + index * 104_729L);
        if (!a.has("date")) s.assetDate(LibraryGenerator.FIRST_DATE + index * 60_000L);
        if (!a.has("added")) s.addedDate(a.has("date") ? s.assetDate() : LibraryGenerator.FIRST_DATE + index * 60_000L);
        if (a.has("key")) assetIds.put(a.get("key").asText(), s.id());
        return s;
    }

    private static String requiredText(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) throw new IllegalArgumentException(where + ": needs a \"" + field + "\" string");
        return v.asText();
    }

    private static boolean bool(JsonNode v, String where) {
        try {
            return AssetSpecJson.bool(v, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": must be true or false");
        }
    }

    private static long number(JsonNode v, String where) {
        return AssetSpecJson.number(v, where);
    }

    private static long bytes(JsonNode v, String where) {
        return AssetSpecJson.bytes(v, where);
    }
}

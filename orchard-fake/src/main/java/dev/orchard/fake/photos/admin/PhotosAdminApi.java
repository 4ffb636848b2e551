package dev.orchard.fake.photos.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.admin.AdminApi;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Handler;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.photos.FakePhotos;
import dev.orchard.fake.photos.content.Checksum;
import dev.orchard.fake.photos.generator.AssetSpecJson;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.LibraryException;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Resource;
import dev.orchard.fake.photos.library.Zone;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Admin routes of the Photos side, under {@code /_fake/photos/} (every route takes {@code ?account=APPLE_ID};
 * default: the demo account):
 * <pre>
 * GET  /_fake/photos                      summary: zones, counts, settings
 * POST /_fake/photos/generate             {"assets": N, "seed": S}   replace the library with a generated one
 * POST /_fake/photos/load                 a library spec (LIBRARY-SPEC.md) as the body
 * POST /_fake/photos/reset                empty library
 * GET  /_fake/photos/originals            every original, alternative, Live Photo video and edit: checksum, size, downloadURL
 * GET  /_fake/photos/content/{checksum}   a file's bytes (checksum in base64 or base64url), no expiry
 * GET  /_fake/photos/assets               every asset of every zone: id, zone, flags, albums, assetDate, filename
 * POST /_fake/photos/assets               add an asset (same keys as in a spec file; albums by recordName)
 * POST /_fake/photos/assets/{id}/{action} delete | restore | purge | favorite | unfavorite | hide | unhide | edit
 *                                         | add-to-album {"album"} | remove-from-album {"album"}
 *                                         now, or ?when=before-modify (just before the next records/modify) or
 *                                         ?when=after-lookup&n=N (just after the Nth records/lookup from now; n=1 default)
 * GET  /_fake/photos/hooks, DELETE /_fake/photos/hooks   changes still waiting for their moment; drop them
 * POST /_fake/photos/albums               {"name", "folder": bool, "parent", "id"}
 * POST /_fake/photos/albums/{id}/{action} rename {"name"} | move {"parent"} | delete
 * GET  /_fake/photos/settings, POST /_fake/photos/settings   knobs (see SettingsJson)
 * </pre>
 */
public final class PhotosAdminApi {
    private final ServiceContext context;
    private final FakePhotos photos;

    public PhotosAdminApi(ServiceContext context, FakePhotos photos) {
        this.context = context;
        this.photos = photos;
    }

    public void register(Router r) {
        r.get("/_fake/photos", guarded(ex -> ex.json(LibrarySummary.of(library(ex), photos.settings()))));
        r.post("/_fake/photos/generate", guarded(this::generate));
        r.post("/_fake/photos/load", guarded(ex -> ex.json(LibrarySummary.of(photos.loadJson(account(ex), ex.bodyText()),
                photos.settings()))));
        r.post("/_fake/photos/reset", guarded(ex -> ex.json(LibrarySummary.of(photos.reset(account(ex)), photos.settings()))));
        r.get("/_fake/photos/originals", guarded(ex -> ex.json(Originals.of(library(ex), PublicUrls.cdn(ex),
                context.clock().instant().plus(photos.settings().urlTtl()).getEpochSecond()))));
        r.get("/_fake/photos/content/{checksum}", guarded(this::content));
        r.get("/_fake/photos/assets", guarded(this::listAssets));
        r.post("/_fake/photos/assets", guarded(this::addAsset));
        r.post("/_fake/photos/assets/{id}/{action}", guarded(this::assetAction));
        r.post("/_fake/photos/albums", guarded(this::createAlbum));
        r.post("/_fake/photos/albums/{id}/{action}", guarded(this::albumAction));
        r.get("/_fake/photos/hooks", ex -> ex.json(pendingHooks()));
        r.delete("/_fake/photos/hooks", ex -> {
            photos.hooks().clear();
            ex.json(pendingHooks());
        });
        r.get("/_fake/photos/settings", guarded(ex -> ex.json(SettingsJson.render(photos.settings()))));
        r.post("/_fake/photos/settings", guarded(ex -> {
            SettingsJson.apply(photos.settings(), ex.json());
            ex.json(SettingsJson.render(photos.settings()));
        }));
    }

    /** Turns library and argument errors into one-line 400/404 answers. */
    private static Handler guarded(Handler h) {
        return ex -> {
            try {
                h.handle(ex);
            } catch (LibraryException e) {
                ex.text(e.reason() == LibraryException.Reason.NOT_FOUND ? 404 : 400, "text/plain", e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        };
    }

    private ObjectNode pendingHooks() {
        ObjectNode out = AdminApi.ok();
        photos.hooks().pending().forEach(out.putArray("pending")::add);
        return out;
    }

    private FakeAccount account(Exchange ex) {
        String appleId = ex.query("account");
        return appleId == null ? photos.defaultAccount() : context.accounts().require(appleId);
    }

    /** The account's library, with what the fake's clock has expunged from Recently Deleted gone. */
    private PhotoLibrary library(Exchange ex) {
        PhotoLibrary lib = photos.library(account(ex));
        lib.purgeExpired();
        return lib;
    }

    private void generate(Exchange ex) {
        JsonNode body = ex.json();
        long n = AdminApi.requireLong(body, "assets");
        if (n < 0 || n > 10_000_000) throw new BadRequest("\"assets\" must be 0 to 10000000, got " + n);
        long seed = body.has("seed") ? AdminApi.requireLong(body, "seed") : context.seed();
        ex.json(LibrarySummary.of(photos.generate(account(ex), (int) n, seed), photos.settings()));
    }

    private void content(Exchange ex) {
        Checksum c = Checksum.parse(ex.pathParam("checksum"));
        Resource r = c == null ? null : library(ex).content(c);
        if (r == null) {
            ex.text(404, "text/plain", "no file with checksum " + ex.pathParam("checksum"));
            return;
        }
        ex.stream(200, "application/octet-stream", r.size(), out -> r.blob().write(out, 0, r.size()));
    }

    private void listAssets(Exchange ex) {
        PhotoLibrary lib = library(ex);
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("assets");
        lib.read(() -> {
            for (Zone zone : lib.zones()) {
                for (Asset a : zone.assets()) {
                    ObjectNode o = assetJson(lib, a);
                    o.put("assetDate", Instant.ofEpochMilli(a.assetDate()).toString());
                    o.put("filename", a.master().filename());
                    list.add(o);
                }
            }
            return null;
        });
        ex.json(out);
    }

    private void addAsset(Exchange ex) {
        PhotoLibrary lib = library(ex);
        AssetSpec spec = AssetSpecJson.parse(ex.json(), "asset", id -> id, id -> id);
        Asset a = lib.addAsset(spec);
        ex.json(lib.read(() -> assetJson(lib, a)));
    }

    /**
     * An asset action, now or (with {@code ?when=before-modify} or {@code ?when=after-lookup&n=N}) "on another
     * device" at that moment of a client's run (see {@link dev.orchard.fake.photos.PhotosHooks}).
     */
    private void assetAction(Exchange ex) {
        PhotoLibrary lib = library(ex);
        String id = ex.pathParam("id");
        String action = ex.pathParam("action");
        Consumer<PhotoLibrary> change = assetChange(id, action, ex);
        String when = ex.query("when");
        if (when != null && !when.equals("now")) {
            lib.read(() -> lib.requireAsset(lib.findAssetZone(id), id));
            String what = action + " " + id;
            switch (when) {
                case "before-modify" -> photos.hooks().beforeNextModify(what, l -> change.accept(lib));
                case "after-lookup" -> photos.hooks().afterLookup(lookupCount(ex), what, l -> change.accept(lib));
                default -> throw new BadRequest("unknown moment '" + when + "' (expected now, before-modify or after-lookup)");
            }
            ex.json(pendingHooks());
            return;
        }
        change.accept(lib);
        if (action.equals("purge")) {
            ex.json(AdminApi.ok().put("purged", id));
            return;
        }
        ex.json(lib.read(() -> assetJson(lib, lib.requireAsset(lib.findAssetZone(id), id))));
    }

    private static int lookupCount(Exchange ex) {
        String n = ex.query("n");
        try {
            int count = n == null ? 1 : Integer.parseInt(n);
            if (count >= 1) return count;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest("n must be a whole number >= 1 (the Nth records/lookup from now), got '" + n + "'");
    }

    /** What {@code action} does to asset {@code id}; album actions read their album from the body now. */
    private static Consumer<PhotoLibrary> assetChange(String id, String action, Exchange ex) {
        return switch (action) {
            case "delete", "trash" -> lib -> lib.trash(id);
            case "restore" -> lib -> lib.restore(id);
            case "purge" -> lib -> lib.purge(id);
            case "favorite" -> lib -> lib.favorite(id, true);
            case "unfavorite" -> lib -> lib.favorite(id, false);
            case "hide" -> lib -> lib.hide(id, true);
            case "unhide" -> lib -> lib.hide(id, false);
            case "edit" -> lib -> lib.edit(id);
            case "add-to-album" -> {
                String album = requireText(ex.json(), "album");
                yield lib -> lib.addToAlbum(id, album);
            }
            case "remove-from-album" -> {
                String album = requireText(ex.json(), "album");
                yield lib -> lib.removeFromAlbum(id, album);
            }
            default -> throw new BadRequest("unknown asset action '" + action + "' (expected delete, restore, purge, "
                    + "favorite, unfavorite, hide, unhide, edit, add-to-album or remove-from-album)");
        };
    }

    private void createAlbum(Exchange ex) {
        JsonNode body = ex.json();
        PhotoLibrary lib = library(ex);
        Album a = lib.createAlbum(Json.text(body, "id"), requireText(body, "name"),
                body.path("folder").asBoolean(false), Json.text(body, "parent"));
        ex.json(albumJson(a));
    }

    private void albumAction(Exchange ex) {
        PhotoLibrary lib = library(ex);
        String id = ex.pathParam("id");
        String action = ex.pathParam("action");
        Album a = switch (action) {
            case "rename" -> lib.renameAlbum(id, requireText(ex.json(), "name"));
            case "move" -> lib.moveAlbum(id, Json.text(ex.json(), "parent"));
            case "delete" -> lib.deleteAlbum(id);
            default -> throw new BadRequest("unknown album action '" + action + "' (expected rename, move or delete)");
        };
        ex.json(albumJson(a));
    }

    private static String requireText(JsonNode body, String field) {
        String v = Json.text(body, field);
        if (v == null || v.isEmpty()) throw new BadRequest("body needs a \"" + field + "\" string");
        return v;
    }

    static ObjectNode assetJson(PhotoLibrary lib, Asset a) {
        ObjectNode o = Json.object();
        o.put("id", a.recordName());
        o.put("zone", lib.findAssetZone(a.recordName()).name());
        o.put("master", a.master().recordName());
        o.put("recordChangeTag", a.changeTag());
        o.put("favorite", a.favorite());
        o.put("hidden", a.hidden());
        o.put("deleted", a.trashed());
        if (a.trashed()) o.put("dateExpunged", Instant.ofEpochMilli(a.dateExpunged()).toString());
        o.put("edited", a.edit() != null);
        ArrayNode albums = o.putArray("albums");
        a.memberships().forEach(r -> albums.add(r.album().recordName()));
        return o;
    }

    static ObjectNode albumJson(Album a) {
        ObjectNode o = Json.object();
        o.put("id", a.recordName());
        o.put("name", a.name());
        o.put("folder", a.folder());
        o.put("parent", a.parentId());
        o.put("deleted", a.deleted());
        o.put("recordChangeTag", a.changeTag());
        return o;
    }
}

package dev.orchard.fake.photos.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.admin.AdminApi;
import dev.orchard.fake.auth.FakeAccount;
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
 * POST /_fake/photos/assets               add an asset (same keys as in a spec file; albums by recordName)
 * POST /_fake/photos/assets/{id}/{action} delete | restore | purge | favorite | unfavorite | hide | unhide | edit
 *                                         | add-to-album {"album"} | remove-from-album {"album"}
 * POST /_fake/photos/albums               {"name", "folder": bool, "parent", "id"}
 * POST /_fake/photos/albums/{id}/{action} rename {"name"} | move {"parent"} | delete
 * GET  /_fake/photos/settings, POST /_fake/photos/settings   knobs (see SettingsJson)
 * </pre>
 */
public final class PhotosAdminApi {
    private final FakeICloud fake;
    private final FakePhotos photos;

    public PhotosAdminApi(FakeICloud fake, FakePhotos photos) {
        this.fake = fake;
        this.photos = photos;
    }

    public void register(Router r) {
        r.get("/_fake/photos", guarded(ex -> ex.json(LibrarySummary.of(library(ex), photos.settings()))));
        r.post("/_fake/photos/generate", guarded(this::generate));
        r.post("/_fake/photos/load", guarded(ex -> ex.json(LibrarySummary.of(photos.loadJson(account(ex), ex.bodyText()),
                photos.settings()))));
        r.post("/_fake/photos/reset", guarded(ex -> ex.json(LibrarySummary.of(photos.reset(account(ex)), photos.settings()))));
        r.get("/_fake/photos/originals", guarded(ex -> ex.json(Originals.of(library(ex), PublicUrls.cdn(ex),
                fake.clock().instant().plus(photos.settings().urlTtl()).getEpochSecond()))));
        r.get("/_fake/photos/content/{checksum}", guarded(this::content));
        r.post("/_fake/photos/assets", guarded(this::addAsset));
        r.post("/_fake/photos/assets/{id}/{action}", guarded(this::assetAction));
        r.post("/_fake/photos/albums", guarded(this::createAlbum));
        r.post("/_fake/photos/albums/{id}/{action}", guarded(this::albumAction));
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

    private FakeAccount account(Exchange ex) {
        String appleId = ex.query("account");
        return appleId == null ? photos.defaultAccount() : fake.accounts().require(appleId);
    }

    private PhotoLibrary library(Exchange ex) {
        return photos.library(account(ex));
    }

    private void generate(Exchange ex) {
        JsonNode body = ex.json();
        long n = AdminApi.requireLong(body, "assets");
        if (n < 0 || n > 10_000_000) throw new BadRequest("\"assets\" must be 0 to 10000000, got " + n);
        long seed = body.has("seed") ? AdminApi.requireLong(body, "seed") : fake.config().seed();
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

    private void addAsset(Exchange ex) {
        PhotoLibrary lib = library(ex);
        AssetSpec spec = AssetSpecJson.parse(ex.json(), "asset", id -> id, id -> id);
        Asset a = lib.addAsset(spec);
        ex.json(lib.read(() -> assetJson(lib, a)));
    }

    private void assetAction(Exchange ex) {
        PhotoLibrary lib = library(ex);
        String id = ex.pathParam("id");
        String action = ex.pathParam("action");
        switch (action) {
            case "delete", "trash" -> lib.trash(id);
            case "restore" -> lib.restore(id);
            case "purge" -> {
                lib.purge(id);
                ex.json(AdminApi.ok().put("purged", id));
                return;
            }
            case "favorite" -> lib.favorite(id, true);
            case "unfavorite" -> lib.favorite(id, false);
            case "hide" -> lib.hide(id, true);
            case "unhide" -> lib.hide(id, false);
            case "edit" -> lib.edit(id);
            case "add-to-album" -> lib.addToAlbum(id, requireText(ex.json(), "album"));
            case "remove-from-album" -> lib.removeFromAlbum(id, requireText(ex.json(), "album"));
            default -> throw new BadRequest("unknown asset action '" + action + "' (expected delete, restore, purge, "
                    + "favorite, unfavorite, hide, unhide, edit, add-to-album or remove-from-album)");
        }
        ex.json(lib.read(() -> assetJson(lib, lib.requireAsset(lib.findAssetZone(id), id))));
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

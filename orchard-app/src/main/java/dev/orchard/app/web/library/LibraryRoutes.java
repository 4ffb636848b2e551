package dev.orchard.app.web.library;

import dev.orchard.localfiles.StateException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.app.http.RequestChecks;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.photos.library.AssetDetails;
import dev.orchard.photos.library.AssetFile;
import dev.orchard.photos.library.AssetKey;
import dev.orchard.photos.library.LibraryView;
import dev.orchard.photos.library.TimelineFilter;
import dev.orchard.photos.library.Versions;
import dev.orchard.photos.library.View;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * The photo library's page ({@code /photos/}) and JSON API ({@code /api/photos/}, the first account's library; with several
 * accounts, {@code /api/photos/accounts} lists them and {@code /api/photos/accounts/<Apple ID>/...} is the same API on that
 * account's library). Files are found by asset id through photos.db, never by a path from the request.
 */
public final class LibraryRoutes {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; media-src 'self';"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final int MAX_BODY = 64 * 1024;
    /** The accounts' libraries ({@code GET}), and the prefix of an account's API: {@code /api/photos/accounts/<Apple ID>/...}. */
    private static final String ACCOUNTS = "/api/photos/accounts";

    private final WebSite site;
    private final String csrfToken;
    private final BiPredicate<Request, String> csrf;
    private final boolean withStatus;

    /**
     * @param csrf       whether a POST carries the page's token (the {@code X-CSRF-Token} header)
     * @param withStatus whether the daemon's status and sign-in pages are there too (false for {@code photos serve})
     */
    public LibraryRoutes(WebSite site, String csrfToken, BiPredicate<Request, String> csrf, boolean withStatus) {
        this.site = site;
        this.csrfToken = csrfToken;
        this.csrf = csrf;
        this.withStatus = withStatus;
    }

    public boolean owns(String path) {
        return path.equals("/photos") || path.startsWith("/photos/") || path.startsWith("/api/photos/") || path.equals("/assets/orchard.css");
    }

    public boolean handle(String path, Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean post = method.equals("POST");
        if (!post && !method.equals("GET") && !method.equals("HEAD")) return json(response, callback, 405, LibraryJson.error("method not allowed"));
        try {
            if (!post && path.equals(ACCOUNTS)) return json(response, callback, 200, LibraryJson.accounts(site.libraries()));
            AccountLibrary lib = site.libraries().get(0);
            if (path.startsWith(ACCOUNTS + "/")) {
                String rest = path.substring(ACCOUNTS.length() + 1);
                int slash = rest.indexOf('/');
                lib = slash < 0 ? null : site.library(rest.substring(0, slash));
                if (lib == null) return json(response, callback, 404, LibraryJson.error("no photo library for that account"));
                path = "/api/photos/" + rest.substring(slash + 1);
            }
            if (post) return handlePost(path, lib, request, response, callback);
            return handleGet(path, lib, request, response, callback);
        } catch (IllegalArgumentException e) {
            return json(response, callback, 400, LibraryJson.error(e.getMessage()));
        } catch (StateException e) {
            return json(response, callback, 503, LibraryJson.error(e.getMessage()));
        }
    }

    private boolean handleGet(String path, AccountLibrary lib, Request request, Response response, Callback callback) throws Exception {
        switch (path) {
            case "/photos" -> {
                response.setStatus(301);
                response.getHeaders().put(HttpHeader.LOCATION, site.basePath() + "/photos/");
                callback.succeeded();
                return true;
            }
            case "/photos/" -> {
                return text(response, callback, "text/html;charset=utf-8", page());
            }
            case "/photos/app.js" -> {
                return text(response, callback, "text/javascript;charset=utf-8", PageAssets.SCRIPT);
            }
            case "/photos/app.css", "/assets/orchard.css" -> {
                return text(response, callback, "text/css;charset=utf-8", PageAssets.STYLE);
            }
            case "/api/photos/timeline" -> {
                Fields q = Request.getParameters(request);
                int limit = intParam(q.getValue("limit"), 200);
                return json(response, callback, 200, LibraryJson.page(view(lib).timeline(filter(q), q.getValue("cursor"), limit)));
            }
            case "/api/photos/months" -> {
                return json(response, callback, 200, LibraryJson.months(view(lib).months(filter(Request.getParameters(request)))));
            }
            case "/api/photos/albums" -> {
                return json(response, callback, 200, LibraryJson.albums(view(lib).albums()));
            }
            case "/api/photos/archive" -> {
                String reason = lib.archive().unavailableReason();
                ObjectNode o = Jsons.MAPPER.createObjectNode().put("available", reason == null);
                if (reason != null) o.put("reason", "archiving is not available: " + reason);
                return json(response, callback, 200, o);
            }
            default -> {
                if (path.startsWith(SharedRoutes.PREFIX)) return SharedRoutes.handle(library(lib), path, request, response, callback);
                if (path.startsWith("/api/photos/assets/")) return asset(path.substring("/api/photos/assets/".length()), lib, request, response, callback);
                if (path.startsWith("/api/photos/archive/runs/")) {
                    ArchiveBackend.Progress p = lib.archive().progress(path.substring("/api/photos/archive/runs/".length()));
                    if (p == null) return json(response, callback, 404, LibraryJson.error("no archive run with that id"));
                    return json(response, callback, 200, Jsons.MAPPER.valueToTree(p));
                }
                return json(response, callback, 404, LibraryJson.error("not found"));
            }
        }
    }

    private String page() {
        return PageAssets.INDEX.replace("{{csrf}}", RequestChecks.escapeHtml(csrfToken))
                .replace("{{base}}", RequestChecks.escapeHtml(site.basePath()))
                .replace("{{status}}", withStatus ? "true" : "false");
    }

    private static LibraryView view(AccountLibrary lib) {
        return library(lib).view();
    }

    private static PhotoLibrary library(AccountLibrary lib) {
        if (lib.library() == null) {
            throw new StateException("no photo library is configured" + (lib.account() == null ? "" : " for " + lib.account()) + " (--photos-dir)", null);
        }
        return lib.library();
    }

    private static TimelineFilter filter(Fields q) {
        String album = q.getValue("album");
        TimelineFilter f = new TimelineFilter(View.parse(q.getValue("view")), album == null || album.isEmpty() ? null : AssetKey.parse(album),
                date(q.getValue("from"), "from"), date(q.getValue("to"), "to"), q.getValue("media"), q.getValue("name"));
        String month = q.getValue("month");
        return month == null || month.isEmpty() ? f : f.month(LibraryView.month(month));
    }

    private static LocalDate date(String s, String name) {
        if (s == null || s.isEmpty()) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2024-05-31, not '" + s + "'");
        }
    }

    private static int intParam(String s, int dflt) {
        if (s == null || s.isEmpty()) return dflt;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number between 1 and 1000, not '" + s + "'");
        }
    }

    // --- one asset and its files -------------------------------------------------------------------------------

    private boolean asset(String rest, AccountLibrary lib, Request request, Response response, Callback callback) throws Exception {
        int slash = rest.indexOf('/');
        String token = slash < 0 ? rest : rest.substring(0, slash);
        String what = slash < 0 ? "" : rest.substring(slash + 1);
        AssetKey key;
        try {
            key = AssetKey.parse(token);
        } catch (IllegalArgumentException e) {
            return json(response, callback, 404, LibraryJson.error("no such asset"));
        }
        LibraryView view = view(lib);
        String version = Request.getParameters(request).getValue("v");
        if (what.equals("thumbnail")) {  // the grid asks for many at once: no more than a key lookup
            String current = view.version(key);
            if (current == null) return json(response, callback, 404, LibraryJson.error("no such asset"));
            return rendition(request, response, callback, view, key, List.of("thumb", "med"), current.equals(version));
        }
        AssetDetails d = view.details(key);
        if (d == null) return json(response, callback, 404, LibraryJson.error("no such asset"));
        boolean immutable = d.item().version().equals(version);
        Path root = view.root();
        switch (what) {
            case "" -> {
                return json(response, callback, 200, LibraryJson.details(d, root));
            }
            case "preview" -> {
                AssetFile shown = displayable(d.file("EDITED")) != null ? d.file("EDITED") : displayable(d.file("ORIGINAL"));
                if (shown != null && !d.item().kind().equals("video")) return file(request, response, callback, view, d, shown, immutable, false);
                return rendition(request, response, callback, view, key, List.of("med", "thumb"), immutable);
            }
            case "original", "live", "edited" -> {
                AssetFile f = d.file(switch (what) {
                    case "live" -> "LIVE_VIDEO";
                    case "edited" -> "EDITED";
                    default -> "ORIGINAL";
                });
                if (f == null || !f.onDisk()) return json(response, callback, 404, LibraryJson.error("that file of the asset is not on disk"));
                return file(request, response, callback, view, d, f, immutable, Request.getParameters(request).getValue("download") != null);
            }
            default -> {
                return json(response, callback, 404, LibraryJson.error("not found"));
            }
        }
    }

    static AssetFile displayable(AssetFile f) {
        if (f == null || !f.onDisk() || f.path() == null) return null;
        String type = FileReplies.contentType(f.path());
        return type.equals("image/jpeg") || type.equals("image/png") || type.equals("image/gif") || type.equals("image/webp") ? f : null;
    }

    private boolean file(Request request, Response response, Callback callback, LibraryView view, AssetDetails d, AssetFile f,
                         boolean immutable, boolean download) throws Exception {
        Path p = inside(view.root(), view.resolve(f.path()));
        if (p == null) return json(response, callback, 404, LibraryJson.error("that file of the asset is not on disk"));
        String name = p.getFileName().toString();
        return sendFile(request, response, callback, p, FileReplies.contentType(name), Versions.of(f.checksum() + "/" + f.role()), immutable,
                download ? name : null);
    }

    private boolean rendition(Request request, Response response, Callback callback, LibraryView view, AssetKey key, List<String> kinds,
                              boolean immutable) throws Exception {
        for (String kind : kinds) {
            Path p = inside(view.root(), view.rendition(key.zone(), key.id(), kind));
            if (p != null) {
                return sendFile(request, response, callback, p, "image/jpeg",
                        Versions.of(kind + "/" + Files.size(p) + "/" + Files.getLastModifiedTime(p).toMillis()), immutable, null);
            }
        }
        return placeholder(response, callback);
    }

    static boolean placeholder(Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "image/jpeg");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Orchard-Placeholder", "1");
        response.write(true, java.nio.ByteBuffer.wrap(Placeholder.JPEG), callback);
        return true;
    }

    /** The real file when it is a regular file inside the library (no link leads out of it), else null. */
    static Path inside(Path root, Path p) throws java.io.IOException {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return null;
        Path real = p.toRealPath();
        return real.startsWith(root.toRealPath()) ? real : null;
    }

    static boolean sendFile(Request request, Response response, Callback callback, Path p, String type, String etag,
                                    boolean immutable, String download) {
        try {
            return FileReplies.send(request, response, callback, p, type, etag, immutable, download);
        } catch (Exception e) {
            callback.failed(e);
            return true;
        }
    }

    // --- archive ---------------------------------------------------------------------------------------------------

    private boolean handlePost(String path, AccountLibrary lib, Request request, Response response, Callback callback) throws Exception {
        if (!csrf.test(request, null)) {
            return json(response, callback, 403, LibraryJson.error("refused: the request did not come from Orchard's own page (reload it and try again)"));
        }
        boolean preview = path.equals("/api/photos/archive/preview");
        if (!preview && !path.equals("/api/photos/archive/start")) return json(response, callback, 404, LibraryJson.error("not found"));
        ArchiveBackend.Request req = archiveRequest(body(request), lib);
        String reason = lib.archive().unavailableReason();
        if (reason != null) return json(response, callback, 503, LibraryJson.error("archiving is not available: " + reason));
        try {
            if (preview) return json(response, callback, 200, Jsons.MAPPER.valueToTree(lib.archive().preview(req)));
            return json(response, callback, 202, Jsons.MAPPER.createObjectNode().put("run", lib.archive().start(req)));
        } catch (ArchiveBackend.NotAvailableException e) {
            return json(response, callback, 503, LibraryJson.error(e.getMessage()));
        }
    }

    private static JsonNode body(Request request) throws Exception {
        long length = request.getLength();
        if (length > MAX_BODY) throw new IllegalArgumentException("request body too large");
        String text = Content.Source.asString(request, StandardCharsets.UTF_8);
        if (text.length() > MAX_BODY) throw new IllegalArgumentException("request body too large");
        try {
            JsonNode n = Jsons.MAPPER.readTree(text);
            if (n == null || !n.isObject()) throw new IllegalArgumentException("the body must be a JSON object");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
    }

    /** The page names albums by id; the engine takes them by path, as the CLI prints them. */
    private static ArchiveBackend.Request archiveRequest(JsonNode body, AccountLibrary lib) {
        List<String> albums = albumPaths(body.path("albums"), lib);
        List<String> except = albumPaths(body.path("exceptAlbums"), lib);
        String older = body.path("olderThan").isTextual() ? body.path("olderThan").asText().strip().toLowerCase(Locale.ROOT) : null;
        if (older != null && older.isEmpty()) older = null;
        if (older != null && !older.matches("\\d{1,5}[dmy]")) throw new IllegalArgumentException("olderThan must look like 400d, 18m or 2y");
        if (albums.isEmpty() && older == null) throw new IllegalArgumentException("choose an album, a folder or an age");
        return new ArchiveBackend.Request(albums, older, except, body.path("keepInICloud").asBoolean(false));
    }

    private static List<String> albumPaths(JsonNode ids, AccountLibrary lib) {
        List<String> out = new ArrayList<>();
        if (!ids.isArray()) return out;
        var all = view(lib).albums();
        for (JsonNode id : ids) {
            String path = all.stream().filter(a -> a.id().equals(id.asText())).map(a -> a.path()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no such album"));
            out.add(path);
        }
        return out;
    }

    // --- replies -----------------------------------------------------------------------------------------------------

    static boolean json(Response response, Callback callback, int status, JsonNode body) throws Exception {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, StandardCharsets.UTF_8.encode(Jsons.MAPPER.writeValueAsString(body)), callback);
        return true;
    }

    private static boolean text(Response response, Callback callback, String type, String body) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Content-Security-Policy", CSP);
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.write(true, StandardCharsets.UTF_8.encode(body), callback);
        return true;
    }
}

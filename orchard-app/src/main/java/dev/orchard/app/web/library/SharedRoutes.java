package dev.orchard.app.web.library;

import dev.orchard.photos.library.SharedAlbums;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.file.Path;

/**
 * The Shared Albums part of the API: {@code shared/albums}, {@code shared/albums/{id}} and
 * {@code shared/items/{id}} with {@code /original}, {@code /preview} and {@code /thumbnail}. Files are found by
 * id through the Shared Albums state, with the same caching, Range and CSP rules as the library's.
 */
final class SharedRoutes {
    static final String PREFIX = "/api/photos/shared/";

    private SharedRoutes() {
    }

    static boolean handle(PhotoLibrary library, String path, Request request, Response response, Callback callback) throws Exception {
        String rest = path.substring(PREFIX.length());
        SharedAlbums shared = library.shared();
        if (rest.equals("albums")) return LibraryRoutes.json(response, callback, 200, SharedJson.albums(shared));
        if (rest.startsWith("albums/")) {
            SharedAlbums.Album album = shared.album(rest.substring("albums/".length()));
            if (album == null) return notFound(response, callback, "no such shared album");
            return LibraryRoutes.json(response, callback, 200, SharedJson.album(album));
        }
        if (!rest.startsWith("items/")) return notFound(response, callback, "not found");
        rest = rest.substring("items/".length());
        int slash = rest.indexOf('/');
        SharedAlbums.Item item = shared.item(slash < 0 ? rest : rest.substring(0, slash));
        if (item == null) return notFound(response, callback, "no such shared album item");
        String what = slash < 0 ? "" : rest.substring(slash + 1);
        boolean immutable = item.version().equals(Request.getParameters(request).getValue("v"));
        Path root = library.root();
        switch (what) {
            case "" -> {
                return LibraryRoutes.json(response, callback, 200, SharedJson.details(item, root));
            }
            case "original", "preview", "thumbnail" -> {
                Path p = LibraryRoutes.inside(root, root.resolve(item.path()));
                boolean original = what.equals("original");
                if (p == null) {
                    return original ? notFound(response, callback, "that file is not on disk") : LibraryRoutes.placeholder(response, callback);
                }
                String type = FileReplies.contentType(p.getFileName().toString());
                if (!original && !type.startsWith("image/")) return LibraryRoutes.placeholder(response, callback);
                boolean download = original && Request.getParameters(request).getValue("download") != null;
                return LibraryRoutes.sendFile(request, response, callback, p, type, item.version(), immutable,
                        download ? p.getFileName().toString() : null);
            }
            default -> {
                return notFound(response, callback, "not found");
            }
        }
    }

    private static boolean notFound(Response response, Callback callback, String message) throws Exception {
        return LibraryRoutes.json(response, callback, 404, LibraryJson.error(message));
    }
}

package dev.orchard.fake.sharedstreams;

import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.ByteRange;
import dev.orchard.fake.http.ContentUrlChecks;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Router;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Shared-album files on the content host: {@code GET /S/<token>/<name>?e=<expiry>}. No cookies needed (public
 * links hand these out too); 410 once the expiry has passed on the fake's clock, 404 once the item or its
 * album is gone. Range requests get 206.
 */
final class StreamContent {
    /** The two renditions the fake keeps of every item. */
    enum Kind { FULL, MEDIUM }

    private final ServiceContext context;
    private final SharedStreams streams;

    StreamContent(ServiceContext context, SharedStreams streams) {
        this.context = context;
        this.streams = streams;
    }

    void register(Router r) {
        r.any("/S/{token}/**", this::download);
    }

    /** A download URL path (with query) for one rendition, valid until {@code expires} (epoch seconds). */
    static String path(SharedAlbum album, SharedItem item, Kind kind, long expires) {
        return "/S/" + token(album, item, kind) + "/" + "${f}" + "?v=1&e=" + expires;
    }

    private static String token(SharedAlbum album, SharedItem item, Kind kind) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((album.guid() + "/" + item.guid() + "/" + kind)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void download(Exchange ex) {
        byte[] body = ex.method().equals("GET") || ex.method().equals("HEAD") ? find(ex.pathParam("token")) : null;
        if (ContentUrlChecks.refused(ex, body != null, context.clock().instant())) return;
        ByteRange range = ByteRange.parse(ex.header("Range"), body.length);
        if (range == ByteRange.UNSATISFIABLE) {
            ex.text(416, "text/html", "<html><body><h1>Requested Range Not Satisfiable</h1></body></html>");
            return;
        }
        int from = range == null ? 0 : (int) range.first();
        int to = range == null ? body.length : (int) range.last() + 1;
        ex.stream(range == null ? 200 : 206, "application/octet-stream", to - from, out -> out.write(body, from, to - from));
        if (range != null) ex.header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + body.length);
        ex.header("Accept-Ranges", "bytes");
    }

    private byte[] find(String token) {
        if (token == null) return null;
        for (SharedAlbum a : streams.all()) {
            for (SharedItem i : a.items()) {
                if (token.equals(token(a, i, Kind.FULL))) return i.full();
                if (token.equals(token(a, i, Kind.MEDIUM))) return i.medium();
            }
        }
        return null;
    }
}

package dev.orchard.fake.photos.cdn;

import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.ByteRange;
import dev.orchard.fake.http.ContentUrlChecks;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.photos.FakePhotos;
import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.Checksum;
import dev.orchard.fake.photos.library.Resource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The download CDN: {@code GET /B/<fc><rc>/<any name>?...&e=<expiry>}. No cookies needed; 410 once the URL's
 * expiry has passed on the fake's clock; Range gives 206 (416 when past the end). Bodies are streamed, so
 * the bandwidth cap and truncation faults apply.
 */
public final class CdnHandler {
    private static final String HTML_ERROR = "<!DOCTYPE html><html><head><title>Error</title></head>"
            + "<body><h1>We're sorry, but something went wrong.</h1></body></html>";

    private final ServiceContext context;
    private final FakePhotos photos;

    public CdnHandler(ServiceContext context, FakePhotos photos) {
        this.context = context;
        this.photos = photos;
    }

    public void register(Router r) {
        r.any("/B/{token}/**", this::download);
    }

    private void download(Exchange ex) {
        Checksum file = DownloadUrls.parseToken(ex.pathParam("token"));
        Resource resource = file == null ? null : photos.findContent(file);
        if (ContentUrlChecks.refused(ex, resource != null, context.clock().instant())) return;
        if (photos.settings().takeHtmlErrorPage()) {
            ex.text(200, "text/html; charset=utf-8", HTML_ERROR);
            return;
        }
        long size = resource.size();
        ByteRange range = ByteRange.parse(ex.header("Range"), size);
        if (range == ByteRange.UNSATISFIABLE) {
            ex.text(416, "text/html", "<html><body><h1>Requested Range Not Satisfiable</h1></body></html>");
            ex.header("Content-Range", "bytes */" + size);
            return;
        }
        long from = range == null ? 0 : range.first();
        long to = range == null ? size : range.last() + 1;
        Blob blob = resource.blob();
        ex.stream(range == null ? 200 : 206, "application/octet-stream", to - from, out -> blob.write(out, from, to));
        if (range != null) ex.header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + size);
        ex.header("Accept-Ranges", "bytes");
        ex.header("Cache-Control", "no-transform,private,max-age=2592000");
        ex.header("Access-Control-Allow-Origin", "https://www.icloud.com");
        ex.header("Content-Disposition", "attachment; filename=\"" + name(ex) + "\"");
    }

    private static String name(Exchange ex) {
        String rest = ex.pathParam("rest");
        String last = rest == null || rest.isEmpty() ? "file" : rest.substring(rest.lastIndexOf('/') + 1);
        return URLEncoder.encode(last, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package dev.orchard.app.web.library;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a library file: ETag and If-None-Match, a long-lived Cache-Control when the URL names the file's
 * version ({@code ?v=}), single byte ranges (206, 416) for video seeking, and an attachment name for downloads.
 */
final class FileReplies {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("heif", "image/heif"), Map.entry("avif", "image/avif"), Map.entry("tiff", "image/tiff"),
            Map.entry("dng", "image/x-adobe-dng"), Map.entry("mov", "video/quicktime"), Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"), Map.entry("3gp", "video/3gpp"));

    private FileReplies() {
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /**
     * @param etag      a token without quotes
     * @param immutable whether the URL names this exact content (then browsers may keep it a year)
     * @param download  the name to save it under, or null to show it
     */
    static boolean send(Request request, Response response, Callback callback, Path file, String contentType, String etag,
                        boolean immutable, String download) throws IOException {
        long length = Files.size(file);
        var headers = response.getHeaders();
        String quoted = "\"" + etag + "\"";
        headers.put(HttpHeader.ETAG, quoted);
        headers.put(HttpHeader.CACHE_CONTROL, immutable ? "private, max-age=31536000, immutable" : "private, no-cache");
        headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
        headers.put("X-Content-Type-Options", "nosniff");
        if (download != null) headers.put(HttpHeader.CONTENT_DISPOSITION, attachment(download));
        if (quoted.equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
            response.setStatus(304);
            callback.succeeded();
            return true;
        }
        String ifRange = request.getHeaders().get(HttpHeader.IF_RANGE);
        ByteRange range = ifRange == null || ifRange.equals(quoted) ? ByteRange.parse(request.getHeaders().get(HttpHeader.RANGE), length) : null;
        if (range == ByteRange.UNSATISFIABLE) {
            headers.put(HttpHeader.CONTENT_RANGE, "bytes */" + length);
            response.setStatus(416);
            callback.succeeded();
            return true;
        }
        long start = range == null ? 0 : range.start();
        long count = range == null ? length : range.length();
        response.setStatus(range == null ? 200 : 206);
        if (range != null) headers.put(HttpHeader.CONTENT_RANGE, "bytes " + range.start() + "-" + range.end() + "/" + length);
        headers.put(HttpHeader.CONTENT_TYPE, contentType);
        headers.put(HttpHeader.CONTENT_LENGTH, count);
        if ("HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = Content.Sink.asOutputStream(response)) {
            in.skipNBytes(start);
            byte[] buf = new byte[64 * 1024];
            long left = count;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) break;
                out.write(buf, 0, n);
                left -= n;
            }
        }
        callback.succeeded();
        return true;
    }

    private static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

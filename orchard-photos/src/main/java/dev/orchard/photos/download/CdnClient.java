package dev.orchard.photos.download;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.StreamingResponse;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Opens a download: a plain GET of the pre-signed URL, from byte {@code from} on when resuming. */
@FunctionalInterface
public interface CdnClient {
    StreamingResponse get(String url, long from);

    static CdnClient of(ICloudSession session) {
        return (url, from) -> {
            ApiRequest.Builder b = ApiRequest.get(escape(url));
            if (from > 0) b.header("Range", "bytes=" + from + "-");
            return session.stream(b.build());
        };
    }

    /**
     * Percent-encodes what is not allowed in a URI as Apple sends it: download URLs carry a literal
     * {@code ${f}} file-name placeholder (docs/protocol/photos.md §6), which clients send as {@code $%7Bf%7D}.
     */
    static String escape(String url) {
        StringBuilder b = new StringBuilder(url.length() + 8);
        HexFormat hex = HexFormat.of().withUpperCase();
        for (byte x : url.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) b.append('%').append(hex.toHexDigits((byte) c));
            else b.append((char) c);
        }
        return b.toString();
    }
}

package dev.orchard.photos.download;

import dev.orchard.icloud.ICloudSession;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.StreamingResponse;

/** Opens a download: a plain GET of the pre-signed URL, from byte {@code from} on when resuming. */
@FunctionalInterface
public interface CdnClient {
    StreamingResponse get(String url, long from);

    static CdnClient of(ICloudSession session) {
        return (url, from) -> {
            ApiRequest.Builder b = ApiRequest.get(url);
            if (from > 0) b.header("Range", "bytes=" + from + "-");
            return session.stream(b.build());
        };
    }
}

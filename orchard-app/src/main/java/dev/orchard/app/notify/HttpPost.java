package dev.orchard.app.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The POST the ntfy and webhook channels make; errors name the host only (URLs may embed secrets). */
final class HttpPost {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();

    private HttpPost() {
    }

    static void send(URI uri, String contentType, byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        HttpResponse<Void> r;
        try {
            r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IOException(uri.getHost() + " could not be reached (" + e.getClass().getSimpleName() + ")");
        }
        if (r.statusCode() / 100 != 2) throw new IOException(uri.getHost() + " answered HTTP " + r.statusCode());
    }

    static String hostOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}

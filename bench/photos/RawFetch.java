import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline for download throughput: fetches every file a sync keeps (the fake's /_fake/photos/originals,
 * hidden and deleted ones left out) with plain parallel GETs over HTTP/1.1, bodies read and thrown away.
 * Usage: java -cp orchard.jar RawFetch.java ENDPOINT THREADS
 */
public class RawFetch {
    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        int threads = Integer.parseInt(args[1]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String list = http.send(HttpRequest.newBuilder(URI.create(endpoint + "/_fake/photos/originals")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> urls = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(list).path("files")) {
            if (f.path("hidden").asBoolean() || f.path("deleted").asBoolean()) continue;
            urls.add(f.path("downloadURL").asText().replace("${f}", "$%7Bf%7D"));
        }
        AtomicLong bytes = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> all = new ArrayList<>();
        for (String u : urls) {
            all.add(pool.submit(() -> {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " for " + u);
                byte[] buf = new byte[64 * 1024];
                try (InputStream in = r.body()) {
                    int n;
                    while ((n = in.read(buf)) > 0) bytes.addAndGet(n);
                }
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        double s = (System.nanoTime() - started) / 1e9;
        System.out.printf("raw fetch: %d files, %d bytes in %.2f s = %.2f MB/s%n", urls.size(), bytes.get(), s, bytes.get() / s / 1e6);
    }
}

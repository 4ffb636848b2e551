import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * What asking for the XMP fields adds to a full listing: pages every asset of a generated library (the fake in this
 * process, no latency) with the listing's desiredKeys without and with CkQueries.METADATA_KEYS, as Orchard's listing
 * does (startRank pages of 100 assets), and prints the response bytes and the time of each pass, best of 3.
 * Usage: java -cp orchard.jar XmpListing.java ASSETS
 */
public class XmpListing {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (FakeICloud fake = FakeICloud.start(FakeConfig.defaults())) {
            fake.photos().generate(n);
            WebSession s = fake.sessions().open(fake.account(FakeConfig.DEMO_APPLE_ID), null);
            String cookie = WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + s.token() + "\"";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String url = fake.baseUrl() + "/database/1/com.apple.photos.cloud/production/private/records/query";
            long[] off = best(http, url, cookie, n, CkQueries.desiredKeys(false));
            long[] on = best(http, url, cookie, n, CkQueries.desiredKeys(true));
            System.out.printf("assets %d pages %d%noff bytes %d ms %d%non bytes %d ms %d%n", n, off[2], off[0], off[1], on[0], on[1]);
        }
    }

    private static long[] best(HttpClient http, String url, String cookie, int n, List<String> keys) throws Exception {
        long[] best = null;
        for (int round = 0; round < 3; round++) {
            long bytes = 0;
            long pages = 0;
            long t = System.nanoTime();
            for (long rank = 0; rank < n; rank += 100) {
                ArrayNode filters = CkQueries.filters();
                CkQueries.equalsInt(filters, "startRank", rank);
                CkQueries.equalsString(filters, "direction", "ASCENDING");
                ObjectNode body = CkQueries.withDesiredKeys(CkQueries.query(PhotoZone.primary(),
                        "CPLAssetAndMasterByAssetDateWithoutHiddenOrDeleted", filters, 200), keys);
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new ObjectMapper().writeValueAsBytes(body))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body()));
                JsonNode page = new ObjectMapper().readTree(r.body());
                if (page.path("records").isEmpty()) break;
                bytes += r.body().length;
                pages++;
            }
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (best == null || ms < best[1]) best = new long[]{bytes, ms, pages};
        }
        return best;
    }
}

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a library in an embedded fake and lists All Photos over HTTP the way icloudpd (sequential
 * 200-record pages) and icloud-photos-sync (198-record pages, 64 in flight) do. Prints times and heap.
 * Usage: java -cp CLASSPATH ListLibrary.java ASSETS
 */
public class ListLibrary {
    /** icloud-photos-sync fires every page at once; the JDK client copes better with a bound. */
    static final int IN_FLIGHT = 64;
    static final Pattern ASSET = Pattern.compile("\"recordType\":\"CPLAsset\"");

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Runtime rt = Runtime.getRuntime();
        try (FakeICloud fake = FakeICloud.start()) {
            long t0 = System.nanoTime();
            fake.photos().generate(n);
            double gen = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.printf("generate %d assets: %.1f s, heap after GC %d MiB%n", n, gen, heap);

            WebSession s = fake.sessions().open(fake.account(FakeConfig.DEMO_APPLE_ID), null);
            String cookie = WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + s.token() + "\"";
            String url = fake.baseUrl() + "/database/1/com.apple.photos.cloud/production/private/records/query?remapEnums=True&getCurrentSyncToken=True";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            long t1 = System.nanoTime();
            int seen = 0;
            int pages = 0;
            for (int rank = 0; ; pages++) {
                String body = http.send(req(url, cookie, rank, 200), HttpResponse.BodyHandlers.ofString()).body();
                int assets = count(body);
                if (assets == 0) break;
                seen += assets;
                rank += assets;
            }
            System.out.printf("sequential listing (icloudpd-style): %d assets, %d pages, %.1f s%n", seen, pages, (System.nanoTime() - t1) / 1e9);

            long t2 = System.nanoTime();
            int requests = (int) Math.ceil(seen * 2 / 198.0);
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                inFlight.acquire();
                all.add(http.sendAsync(req(url, cookie, i * 99, 198), HttpResponse.BodyHandlers.ofString())
                        .thenApply(r -> count(r.body())).whenComplete((c, e) -> inFlight.release()));
            }
            int parallelSeen = 0;
            for (CompletableFuture<Integer> f : all) parallelSeen += f.get();
            System.out.printf("parallel listing (icloud-photos-sync-style): %d assets, %d requests, %.1f s%n", parallelSeen, requests,
                    (System.nanoTime() - t2) / 1e9);
            System.gc();
            System.out.printf("heap after listing and GC: %d MiB (max heap %d MiB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
    }

    static HttpRequest req(String url, String cookie, int rank, int limit) {
        String body = "{\"query\":{\"recordType\":\"CPLAssetAndMasterByAssetDateWithoutHiddenOrDeleted\",\"filterBy\":["
                + "{\"fieldName\":\"startRank\",\"comparator\":\"EQUALS\",\"fieldValue\":{\"value\":" + rank + ",\"type\":\"INT64\"}},"
                + "{\"fieldName\":\"direction\",\"comparator\":\"EQUALS\",\"fieldValue\":{\"value\":\"ASCENDING\",\"type\":\"STRING\"}}]},"
                + "\"resultsLimit\":" + limit + ",\"zoneID\":{\"zoneName\":\"PrimarySync\"}}";
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static int count(String body) {
        Matcher m = ASSET.matcher(body);
        int c = 0;
        while (m.find()) c++;
        return c;
    }
}

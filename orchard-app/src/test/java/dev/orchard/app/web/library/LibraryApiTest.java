package dev.orchard.app.web.library;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.app.web.WebAccess;
import dev.orchard.app.web.WebServer;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.library.AssetKey;
import dev.orchard.photos.library.GeneratedLibrary;
import dev.orchard.photos.library.GeneratedSharedAlbums;
import dev.orchard.photos.state.StateDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryApiTest {
    @TempDir
    Path dir;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private String start(int assets, ArchiveBackend archive, String basePath, WebAccess access, String bind) throws Exception {
        GeneratedLibrary.write(dir, assets, true);
        server = WebServer.serveLibrary(bind, 0, access, new WebSite(basePath, new PhotoLibrary(dir), archive));
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    private String start(int assets) throws Exception {
        return start(assets, null, "", WebAccess.forBind("127.0.0.1", null, null, null), "127.0.0.1");
    }

    private HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode json(String url) throws Exception {
        HttpResponse<byte[]> r = get(url);
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        return Jsons.MAPPER.readTree(r.body());
    }

    private static String id(int i) {
        return new AssetKey(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(i)).token();
    }

    @Test
    void pagesAreCompleteAndStableWhileASyncAddsAndRemovesAssets() throws Exception {
        String base = start(120);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int page = 0;
        try (StateDb sync = StateDb.open(new LibraryPaths(dir).database(), false)) {
            do {
                JsonNode p = json(base + "/api/photos/timeline?limit=25" + (cursor == null ? "" : "&cursor=" + cursor));
                p.get("items").forEach(i -> seen.add(i.get("id").asText()));
                cursor = p.get("next").isNull() ? null : p.get("next").asText();
                if (page++ == 1) {
                    // As a sync between two pages: one asset not listed yet leaves, one already listed leaves, one new old one arrives.
                    sync.update("UPDATE assets SET removed = 1 WHERE id IN (?, ?)", GeneratedLibrary.assetId(100), GeneratedLibrary.assetId(3));
                    sync.update("INSERT INTO assets(zone, id, master_id, asset_date, tz_offset, favorite, hidden, trashed, removed)"
                            + " VALUES(?, 'arrived', 'master-1', ?, 0, 0, 0, 0, 0)", GeneratedLibrary.ZONE, GeneratedLibrary.taken(90) - 1);
                    sync.commit();
                }
            } while (cursor != null);
        }
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        for (int i = 0; i < 120; i++) if (i != 100) assertThat(seen).contains(id(i));
        assertThat(seen).doesNotContain(id(100)).contains(new AssetKey(GeneratedLibrary.ZONE, "arrived").token());
        JsonNode first = json(base + "/api/photos/timeline?limit=1").get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(id(0));
        assertThat(first.get("taken").asText()).isEqualTo("2025-12-31T17:00:00Z");
        assertThat(first.get("kind").asText()).isEqualTo("photo");
    }

    @Test
    void unknownIdsTraversalAndBadInputAreRefused() throws Exception {
        String base = start(5);
        assertThat(get(base + "/api/photos/assets/" + new AssetKey(GeneratedLibrary.ZONE, "nope").token()).statusCode()).isEqualTo(404);
        assertThat(get(base + "/api/photos/assets/not-an-id/original").statusCode()).isEqualTo(404);
        String dots = new AssetKey(GeneratedLibrary.ZONE, "../../.orchard/photos.db").token();
        assertThat(get(base + "/api/photos/assets/" + dots + "/original").statusCode()).isEqualTo(404);
        for (String path : List.of("/api/photos/assets/..%2F..%2F.orchard%2Fphotos.db/original", "/photos/..%2F.orchard%2Fphotos.db",
                "/api/photos/assets/%2e%2e/%2e%2e/etc/passwd", "/photos/../../etc/passwd")) {
            HttpResponse<byte[]> r = get(base + path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(r.body())).doesNotContain("SQLite format").doesNotContain("root:");
        }
        // A file row that points outside the library (a damaged or hostile database) is not served either.
        try (StateDb db = StateDb.open(new LibraryPaths(dir).database(), false)) {
            db.update("UPDATE files SET path = '../outside.JPG' WHERE asset_id = ? AND role = 'ORIGINAL'", GeneratedLibrary.assetId(1));
            db.commit();
        }
        Files.writeString(dir.getParent().resolve("outside.JPG"), "secret");
        assertThat(get(base + "/api/photos/assets/" + id(1) + "/original").statusCode()).isIn(400, 404);
        assertThat(get(base + "/api/photos/timeline?cursor=bogus").statusCode()).isEqualTo(400);
        assertThat(get(base + "/api/photos/timeline?limit=100000").statusCode()).isEqualTo(400);
        assertThat(get(base + "/api/photos/timeline?view=secret").statusCode()).isEqualTo(400);
        assertThat(get(base + "/api/photos/timeline?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(Jsons.MAPPER.readTree(get(base + "/api/photos/timeline?media=gif").body()).get("error").asText()).contains("photo, video, live");
    }

    @Test
    void originalsServeRangesEtagsAndLongCachingOnlyForVersionedUrls() throws Exception {
        String base = start(12);
        JsonNode d = json(base + "/api/photos/assets/" + id(3));
        assertThat(d.get("kind").asText()).isEqualTo("video");
        byte[] file = Files.readAllBytes(dir.resolve(d.get("files").get(0).get("path").asText()));
        String url = base + "/api/photos/" + d.get("original").asText();
        HttpResponse<byte[]> whole = get(url);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(file);
        assertThat(whole.headers().firstValue("Content-Type")).contains("video/quicktime");
        assertThat(whole.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> part = get(url, "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-199/" + file.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(file, 100, 200));
        assertThat(get(url, "Range", "bytes=-10").body()).isEqualTo(Arrays.copyOfRange(file, file.length - 10, file.length));
        HttpResponse<byte[]> beyond = get(url, "Range", "bytes=" + file.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + file.length);
        assertThat(get(url, "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> unversioned = get(base + "/api/photos/assets/" + id(3) + "/original");
        assertThat(unversioned.headers().firstValue("Cache-Control").orElseThrow()).doesNotContain("immutable");
        HttpResponse<byte[]> download = get(url + "&download=1");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("MOV_00003.MOV");

        JsonNode live = json(base + "/api/photos/assets/" + id(5));
        assertThat(live.get("kind").asText()).isEqualTo("live");
        assertThat(get(base + "/api/photos/" + live.get("live").asText()).body()).hasSize(2048);
        assertThat(live.get("width").asInt()).isEqualTo(96);
    }

    @Test
    void thumbnailsAreIcloudsRenditionsOrAPlaceholder() throws Exception {
        String base = start(4);
        Path thumb = new LibraryPaths(dir).derivative(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(2), "thumb");
        HttpResponse<byte[]> r = get(base + "/api/photos/assets/" + id(2) + "/thumbnail");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(r.body()).isEqualTo(Files.readAllBytes(thumb));
        assertThat(r.headers().firstValue("X-Orchard-Placeholder")).isEmpty();
        Files.delete(thumb);
        Files.delete(new LibraryPaths(dir).derivative(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(2), "med"));
        HttpResponse<byte[]> missing = get(base + "/api/photos/assets/" + id(2) + "/thumbnail");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.headers().firstValue("X-Orchard-Placeholder")).contains("1");
        assertThat(missing.body()[0] & 0xff).isEqualTo(0xff);
        assertThat(missing.body()[1] & 0xff).isEqualTo(0xd8);
    }

    @Test
    void offLoopbackNothingIsServedWithoutTheToken() throws Exception {
        String base = start(3, null, "", WebAccess.forBind("0.0.0.0", null, "s3cret", null), "0.0.0.0");
        for (String path : List.of("/photos/", "/api/photos/timeline", "/api/photos/albums", "/api/photos/assets/" + id(1) + "/original")) {
            assertThat(get(base + path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get(base + "/api/photos/timeline", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
        assertThat(get(base + "/api/photos/timeline", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void thePageIsSelfContainedAndTheArchiveAsksTheBackend() throws Exception {
        AtomicReference<ArchiveBackend.Request> asked = new AtomicReference<>();
        ArchiveBackend stub = new ArchiveBackend() {
            public String unavailableReason() { return null; }
            public Preview preview(Request r) { asked.set(r); return new Preview(10, 8, 2, List.of(new Skipped("x", "IMG.JPG", "shared library")), 4096); }
            public String start(Request r) { return "run-1"; }
            public Progress progress(String id) { return id.equals("run-1") ? new Progress("done", 8, 8, "8 left iCloud") : null; }
        };
        String base = start(30, stub, "/orchard", WebAccess.forBind("127.0.0.1", null, null, null), "127.0.0.1");
        HttpResponse<byte[]> page = get(base + "/photos/");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'").contains("script-src 'self'");
        assertThat(html).doesNotContain("http://").doesNotContain("https://").contains("content=\"/orchard\"");
        assertThat(new String(get(base + "/photos/app.js").body())).doesNotContain("innerHTML").doesNotContain("https://");
        assertThat(get("http://127.0.0.1:" + server.port() + "/photos/").statusCode()).isEqualTo(404);
        assertThat(get(base + "/").statusCode()).isEqualTo(303);

        JsonNode albums = json(base + "/api/photos/albums").get("albums");
        String rome = null;
        for (JsonNode a : albums) if (a.get("path").asText().equals("Travel/Rome")) rome = a.get("id").asText();
        Matcher m = Pattern.compile("name=\"orchard-csrf\" content=\"([0-9a-f]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        String body = "{\"albums\":[\"" + rome + "\"]}";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/photos/archive/preview"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        assertThat(http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        HttpResponse<String> preview = http.send(post.header("X-CSRF-Token", m.group(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Jsons.MAPPER.readTree(preview.body()).get("leavingICloud").asLong()).isEqualTo(8);
        assertThat(asked.get().albums()).containsExactly("Travel/Rome");
        assertThat(json(base + "/api/photos/archive/runs/run-1").get("state").asText()).isEqualTo("done");
        assertThat(get(base + "/api/photos/archive/runs/other").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAnEngineArchivingSaysWhy() throws Exception {
        String base = start(3);
        JsonNode a = json(base + "/api/photos/archive");
        assertThat(a.get("available").asBoolean()).isFalse();
        assertThat(a.get("reason").asText()).startsWith("archiving is not available: ");
        String html = new String(get(base + "/photos/").body());
        Matcher m = Pattern.compile("name=\"orchard-csrf\" content=\"([0-9a-f]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/photos/archive/preview"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"olderThan\":\"2y\"}")).header("X-CSRF-Token", m.group(1)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("archiving is not available");
        Set<String> names = new HashSet<>();
        json(base + "/api/photos/albums").get("albums").forEach(x -> names.add(x.get("name").asText()));
        assertThat(names).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void sharedAlbumsAreListedAndTheirFilesServedByIdOnly() throws Exception {
        String base = start(3);
        JsonNode none = json(base + "/api/photos/shared/albums");
        assertThat(none.get("albums")).isEmpty();
        GeneratedSharedAlbums.write(dir);

        JsonNode albums = json(base + "/api/photos/shared/albums").get("albums");
        assertThat(albums).extracting(a -> a.get("name").asText()).containsExactly("<img src=x onerror=alert(1)>", "Family Trip");
        JsonNode trip = albums.get(1);
        assertThat(trip.get("count").asInt()).isEqualTo(3);
        String first = GeneratedSharedAlbums.itemId(GeneratedSharedAlbums.TRIP, "item-1");
        assertThat(trip.get("cover").asText()).startsWith("shared/items/" + first + "/thumbnail?v=");

        JsonNode album = json(base + "/api/photos/shared/albums/" + trip.get("id").asText());
        assertThat(album.get("items")).extracting(i -> i.get("name").asText()).containsExactly("IMG_0001.JPG", "IMG_0002.JPG", "MOV_0003.MOV");
        assertThat(album.get("items").get(2).get("kind").asText()).isEqualTo("video");

        JsonNode d = json(base + "/api/photos/shared/items/" + first);
        assertThat(d.get("caption").asText()).isEqualTo("At the lake");
        assertThat(d.get("contributor").asText()).isEqualTo("Ann");
        assertThat(d.get("sharedAlbum").get("name").asText()).isEqualTo("Family Trip");
        assertThat(d.get("taken").asText()).isEqualTo(java.time.Instant.ofEpochMilli(GeneratedLibrary.NEWEST - 3_600_000).toString());
        assertThat(d.get("files").get(0).get("path").asText()).isEqualTo("Shared Albums/Family Trip/IMG_0001.JPG");

        byte[] file = Files.readAllBytes(dir.resolve("Shared Albums/Family Trip/IMG_0001.JPG"));
        HttpResponse<byte[]> original = get(base + "/api/photos/" + d.get("original").asText());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(file);
        assertThat(original.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(original.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(get(base + "/api/photos/shared/items/" + first + "/original").headers().firstValue("Cache-Control").orElseThrow())
                .doesNotContain("immutable");
        String etag = original.headers().firstValue("ETag").orElseThrow();
        assertThat(get(base + "/api/photos/" + d.get("original").asText(), "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> part = get(base + "/api/photos/" + d.get("original").asText(), "Range", "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(file, 10, 20));
        assertThat(get(base + "/api/photos/shared/items/" + first + "/thumbnail").body()).isEqualTo(file);
        String video = GeneratedSharedAlbums.itemId(GeneratedSharedAlbums.TRIP, "item-3");
        assertThat(get(base + "/api/photos/shared/items/" + video + "/thumbnail").headers().firstValue("X-Orchard-Placeholder")).contains("1");
        assertThat(get(base + "/api/photos/shared/items/" + video + "/original").headers().firstValue("Content-Type")).contains("video/quicktime");

        // Only ids the state made reach a file: not paths, not other albums' guids, not library assets.
        for (String bad : List.of("shared/items/" + GeneratedSharedAlbums.itemId("../..", "etc/passwd"),
                "shared/items/..%2F..%2Fetc%2Fpasswd/original", "shared/items/" + id(1) + "/original", "shared/albums/nope",
                "shared/items/" + GeneratedSharedAlbums.itemId(GeneratedSharedAlbums.TRIP, "item-404"), "shared/whatever")) {
            assertThat(get(base + "/api/photos/" + bad).statusCode()).as(bad).isIn(400, 404);
        }
        // A sync that replaces the state is seen on the next request.
        Files.delete(dir.resolve(".orchard/shared-albums.json"));
        assertThat(json(base + "/api/photos/shared/albums").get("albums")).isEmpty();
    }

    @Test
    void detailsSayWhenAFileWasVerifiedAndHiddenAssetsStayOutUnlessKept() throws Exception {
        String base = start(4);
        JsonNode f = json(base + "/api/photos/assets/" + id(1)).get("files").get(0);
        assertThat(f.get("verified").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(f.get("verifiedAt").asText())).isAfter(java.time.Instant.now().minusSeconds(600));

        try (StateDb db = StateDb.open(new LibraryPaths(dir).database(), false)) {
            db.txRun(d -> d.update("UPDATE assets SET hidden = 1 WHERE id = ?", GeneratedLibrary.assetId(2)));
        }
        assertThat(json(base + "/api/photos/timeline?view=hidden").get("items")).isEmpty();
        assertThat(get(base + "/api/photos/assets/" + id(2)).statusCode()).isEqualTo(404);
        try (StateDb db = StateDb.open(new LibraryPaths(dir).database(), false)) {
            db.txRun(d -> d.update("INSERT INTO zones(zone, database, hidden_listed) VALUES(?, 'private', 1)", GeneratedLibrary.ZONE));
        }
        assertThat(json(base + "/api/photos/timeline?view=hidden").get("items")).extracting(i -> i.get("id").asText()).containsExactly(id(2));
        assertThat(json(base + "/api/photos/assets/" + id(2)).get("hidden").asBoolean()).isTrue();
    }
}

package dev.orchard.icloud.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.json.Jsons;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a public shared-album link with no Apple account: {@code webstream} for the list, {@code webasseturls}
 * for download URLs (docs/protocol/shared-albums.md). Apple serves each album from one partition host; the
 * partition comes from the token, and a 330 answer names the right host when that guess is wrong.
 */
public final class PublicStreamClient {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{8,64}");
    private static final Pattern APPLE_HOST = Pattern.compile("[a-z0-9-]{1,63}\\.icloud\\.com(\\.cn)?");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int URL_BATCH = 25;

    private final HttpTransport http;
    private final String originOverride;

    /** {@code originOverride}: every call goes there instead of Apple's hosts (the fake); null for Apple. */
    public PublicStreamClient(HttpTransport http, String originOverride) {
        this.http = http;
        this.originOverride = originOverride;
    }

    /**
     * The album token of a link such as {@code https://www.icloud.com/sharedalbum/#B0aGWZuqDGTHBq} (a bare token
     * is accepted too).
     *
     * @throws IllegalArgumentException when it is not such a link
     */
    public static String token(String link) {
        String s = link == null ? "" : link.trim();
        int hash = s.lastIndexOf('#');
        String t = hash >= 0 ? s.substring(hash + 1) : s;
        int semi = t.indexOf(';');
        if (semi >= 0) t = t.substring(0, semi);
        if (!TOKEN.matcher(t).matches() || (hash < 0 && s.contains("/"))) {
            throw new IllegalArgumentException("not a shared album link: '" + link
                    + "' (expected https://www.icloud.com/sharedalbum/#TOKEN)");
        }
        return t;
    }

    public PublicAlbum open(String token) {
        String base = originOverride != null ? originOverride : "https://p" + partition(token) + "-sharedstreams.icloud.com";
        ApiResponse r = post(base, token, "webstream", Jsons.object().putNull("streamCtag"));
        if (r.status() == 330) {
            String host = StreamCalls.text(Jsons.parseLenient(r.body()), "X-Apple-MMe-Host");
            if (host == null || !APPLE_HOST.matcher(host).matches()) {
                throw new SharedStreamsException("shared albums: webstream redirected to an unexpected host", 330);
            }
            base = "https://" + host;
            r = post(base, token, "webstream", Jsons.object().putNull("streamCtag"));
        }
        if (r.status() == 404) throw new SharedStreamsException("shared albums: no public album at this link (HTTP 404)", 404);
        JsonNode json = StreamCalls.json("webstream", r);
        List<StreamItem> items = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (JsonNode p : json.path("photos")) {
            String guid = StreamCalls.text(p, "photoGuid");
            if (guid == null) continue;
            String bestId = null;
            Rendition best = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = p.path("derivatives").fields(); it.hasNext(); ) {
                JsonNode d = it.next().getValue();
                String id = StreamCalls.text(d, "checksum");
                long size = StreamCalls.number(d, "fileSize", -1);
                if (id == null || size < 0) continue;
                Rendition c = new Rendition(size, null, null, (int) StreamCalls.number(d, "width", 0),
                        (int) StreamCalls.number(d, "height", 0), null);
                if (c.largerThan(best)) {
                    best = c;
                    bestId = id;
                }
            }
            if (best == null) continue;
            ids.put(guid, bestId);
            String contributor = StreamCalls.text(p, "contributorFullName");
            items.add(new StreamItem(guid, null, date(StreamCalls.text(p, "dateCreated")), StreamCalls.text(p, "caption"),
                    contributor, "video".equals(StreamCalls.text(p, "mediaAssetType")), best));
        }
        String owner = ((nonNull(StreamCalls.text(json, "userFirstName")) + " " + nonNull(StreamCalls.text(json, "userLastName")))).trim();
        String name = StreamCalls.text(json, "streamName");
        return new PublicAlbum(token, base, name == null ? token : name, StreamCalls.text(json, "streamCtag"), owner, items, ids);
    }

    /** Fresh download URLs for {@code guids}, by guid; items the service no longer knows are absent. */
    public Map<String, String> urls(PublicAlbum album, List<String> guids) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < guids.size(); i += URL_BATCH) {
            List<String> batch = guids.subList(i, Math.min(i + URL_BATCH, guids.size()));
            ObjectNode body = Jsons.object();
            batch.forEach(body.putArray("photoGuids")::add);
            JsonNode json = StreamCalls.json("webasseturls", post(album.base(), album.token(), "webasseturls", body));
            for (String guid : batch) {
                JsonNode item = json.path("items").path(nonNull(album.derivativeIds().get(guid)));
                String location = StreamCalls.text(item, "url_location");
                String path = StreamCalls.text(item, "url_path");
                if (location == null || path == null || !path.startsWith("/")) continue;
                JsonNode loc = json.path("locations").path(location);
                String scheme = loc.path("scheme").asText("https");
                String host = loc.path("hosts").path(0).asText(location);
                if (!scheme.equals("https") && !scheme.equals("http")) continue;
                out.put(guid, scheme + "://" + host + path);
            }
        }
        return out;
    }

    private ApiResponse post(String base, String token, String call, Object body) {
        return http.send(StreamCalls.request(base + "/" + token + "/sharedstreams/" + call, body), RetryPolicy.READ);
    }

    /** The partition public scripts derive from a token: one base-62 digit after an 'A', else two. */
    static int partition(String token) {
        Matcher m = Pattern.compile("^A(.)").matcher(token);
        if (m.find()) return BASE62.indexOf(m.group(1));
        return BASE62.indexOf(token.charAt(1)) * 62 + BASE62.indexOf(token.charAt(2));
    }

    private static long date(String iso) {
        if (iso == null) return 0;
        try {
            return Instant.parse(iso).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

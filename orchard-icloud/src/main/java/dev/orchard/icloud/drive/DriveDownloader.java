package dev.orchard.icloud.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.http.TransportException;
import dev.orchard.icloud.json.Jsons;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Downloads (docs/protocol/drive.md §5.1): download/by_id in the item's zone, then the pre-signed data_token URL
 * (following Apple's 330). Zero-byte files need no request. Packages come as a ZIP (package_token).
 * Short or failed bodies are retried with a fresh URL. {@link #tokens} asks download/batch for the URLs of a few
 * documents in one call; whatever it does not answer is asked of by_id.
 */
public final class DriveDownloader {
    private static final int ATTEMPTS = 3;
    /**
     * Documents per download/batch call: idrive-cli's default chunk, the only size a known client is seen to send
     * (docs/protocol/drive.md §5.1). Apple's limit is unknown.
     */
    public static final int BATCH = 5;
    /** A refused batch is not retried: its documents go to by_id, which has the READ policy's retries of its own. */
    private static final RetryPolicy BATCH_POLICY = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(120), Set.of(408, 429, 500, 502, 503, 504), true);
    private final DriveClient client;

    public DriveDownloader(DriveClient client) {
        this.client = client;
    }

    /** What was written: the byte count and whether it is a package ZIP rather than the file itself. */
    public record Result(long bytes, boolean isPackage) {
    }

    /** Where a document's content is: the pre-signed URL by_id or download/batch answered, and whether it is a package ZIP. */
    public record ContentToken(String url, boolean isPackage) {
    }

    /** Writes the file's content to {@code target} (created or truncated) and fsyncs it. */
    public Result download(RemoteItem file, Path target) {
        return download(file, target, null);
    }

    /**
     * As {@link #download(RemoteItem, Path)}, trying {@code first} (from {@link #tokens}; null: none) before asking by_id.
     */
    public Result download(RemoteItem file, Path target, ContentToken first) {
        if (file.size() == 0) {
            try {
                write(target, InputStream.nullInputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Result(0, false);
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ContentToken token = attempt == 1 && first != null ? first : token(file);
            try (StreamingResponse r = open(token.url)) {
                // a URL a batch handed out a while ago gets a fresh one from by_id, whatever the CDN says of it
                boolean prefetched = token == first;
                if (r.status() == 410 || r.status() >= 500 || r.status() == 429 || (prefetched && r.status() != 200)) {
                    last = new DriveException(DriveException.Kind.PROTOCOL, r.status(), "downloading '" + file.name()
                            + "': HTTP " + r.status());
                    continue;
                }
                if (r.status() != 200) {
                    throw new DriveException(DriveException.Kind.PROTOCOL, r.status(), "downloading '" + file.name()
                            + "': HTTP " + r.status());
                }
                long n = write(target, r.body());
                if (!token.isPackage() && n != file.size()) {
                    last = new DriveException(DriveException.Kind.PROTOCOL, 200, "downloading '" + file.name() + "': got "
                            + n + " of " + file.size() + " bytes");
                    continue;
                }
                return new Result(n, token.isPackage());
            } catch (IOException | TransportException e) {
                last = new DriveException(DriveException.Kind.PROTOCOL, 0, "downloading '" + file.name() + "': " + e.getMessage());
            }
        }
        throw last;
    }

    private ContentToken token(RemoteItem file) {
        String url = client.docws(file.zone(), "/download/by_id") + "?document_id="
                + URLEncoder.encode(file.docwsid(), StandardCharsets.UTF_8) + "&" + client.session().standardParams();
        JsonNode body = client.call(ApiRequest.get(url).build(), DrivePolicies.READ, "downloading '" + file.name() + "'");
        ContentToken token = parseToken(body);
        if (token == null) {
            throw new DriveException(DriveException.Kind.PROTOCOL, 200, "downloading '" + file.name() + "': no content URL in the answer");
        }
        return token;
    }

    /**
     * The content URLs of {@code files}, all in one zone and at most {@link #BATCH}, in one download/batch call, by
     * docwsid. Answers are matched by their document_id, not their place; a document answered without a URL (an
     * error, an empty file) or not at all is left out, and so is every document when iCloud refuses the call: by_id
     * then asks for it on its own.
     */
    public Map<String, ContentToken> tokens(List<RemoteItem> files) {
        if (files.isEmpty()) return Map.of();
        String zone = files.get(0).zone();
        if (files.size() > BATCH || files.stream().anyMatch(f -> !zone.equals(f.zone()))) {
            throw new IllegalArgumentException("download/batch takes up to " + BATCH + " documents of one zone");
        }
        ArrayNode req = Jsons.MAPPER.createArrayNode();
        for (RemoteItem f : files) req.addObject().put("document_id", f.docwsid());
        String url = client.docws(zone, "/download/batch") + "?" + client.session().standardParams();
        JsonNode body;
        try {
            body = client.post(url, req, BATCH_POLICY, "asking iCloud Drive for " + files.size() + " download URLs");
        } catch (DriveException e) {
            if (e.kind() == DriveException.Kind.REJECTED || e.kind() == DriveException.Kind.NOT_FOUND
                    || e.kind() == DriveException.Kind.PROTOCOL) {
                return Map.of();
            }
            throw e;
        } catch (RetryLaterException e) {
            // Only a shortcut: by_id asks for each file, and meets the throttling itself if it lasts.
            return Map.of();
        }
        Map<String, ContentToken> out = new HashMap<>();
        if (!body.isArray()) return out;
        Set<String> asked = new HashSet<>();
        for (RemoteItem f : files) asked.add(f.docwsid());
        for (JsonNode answer : body) {
            String id = Jsons.text(answer, "document_id");
            ContentToken token = parseToken(answer);
            if (id != null && token != null && asked.contains(id)) out.put(id, token);
        }
        return out;
    }

    private static ContentToken parseToken(JsonNode answer) {
        String data = Jsons.text(answer.path("data_token"), "url");
        if (data != null) return new ContentToken(data, false);
        String pack = Jsons.text(answer.path("package_token"), "url");
        return pack == null ? null : new ContentToken(pack, true);
    }

    private StreamingResponse open(String url) throws IOException {
        String at = url;
        for (int hop = 0; hop < 5; hop++) {
            StreamingResponse r = client.session().stream(ApiRequest.get(at).build());
            if (r.status() != 330 && r.status() != 301 && r.status() != 302 && r.status() != 307) return r;
            String location = r.header("Location");
            r.close();
            if (location == null) throw new IOException("redirect without Location");
            at = URI.create(at).resolve(location).toString();
        }
        throw new IOException("too many redirects");
    }

    private static long write(Path target, InputStream in) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(ch)) {
            long n = in.transferTo(out);
            out.flush();
            ch.force(true);
            return n;
        }
    }
}

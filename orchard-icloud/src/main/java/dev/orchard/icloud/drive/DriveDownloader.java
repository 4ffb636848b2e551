package dev.orchard.icloud.drive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.http.ApiRequest;
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

/**
 * Downloads (docs/protocol/drive.md §3): download/by_id in the item's zone, then the pre-signed data_token URL
 * (following Apple's 330). Zero-byte files need no request. Packages come as a ZIP (package_token).
 * Short or failed bodies are retried with a fresh URL.
 */
public final class DriveDownloader {
    private static final int ATTEMPTS = 3;
    private final DriveClient client;

    public DriveDownloader(DriveClient client) {
        this.client = client;
    }

    /** What was written: the byte count and whether it is a package ZIP rather than the file itself. */
    public record Result(long bytes, boolean isPackage) {
    }

    /** Writes the file's content to {@code target} (created or truncated) and fsyncs it. */
    public Result download(RemoteItem file, Path target) {
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
            Token token = token(file);
            try (StreamingResponse r = open(token.url)) {
                if (r.status() == 410 || r.status() >= 500 || r.status() == 429) {
                    last = new DriveException(DriveException.Kind.PROTOCOL, r.status(), "downloading '" + file.name()
                            + "': HTTP " + r.status());
                    continue;
                }
                if (r.status() != 200) {
                    throw new DriveException(DriveException.Kind.PROTOCOL, r.status(), "downloading '" + file.name()
                            + "': HTTP " + r.status());
                }
                long n = write(target, r.body());
                if (!token.isPackage && n != file.size()) {
                    last = new DriveException(DriveException.Kind.PROTOCOL, 200, "downloading '" + file.name() + "': got "
                            + n + " of " + file.size() + " bytes");
                    continue;
                }
                return new Result(n, token.isPackage);
            } catch (IOException | TransportException e) {
                last = new DriveException(DriveException.Kind.PROTOCOL, 0, "downloading '" + file.name() + "': " + e.getMessage());
            }
        }
        throw last;
    }

    private record Token(String url, boolean isPackage) {
    }

    private Token token(RemoteItem file) {
        String url = client.docws(file.zone(), "/download/by_id") + "?document_id="
                + URLEncoder.encode(file.docwsid(), StandardCharsets.UTF_8) + "&" + client.session().standardParams();
        JsonNode body = client.call(ApiRequest.get(url).build(), DrivePolicies.READ, "downloading '" + file.name() + "'");
        JsonNode data = body.path("data_token");
        boolean isPackage = false;
        if (data.isMissingNode()) {
            data = body.path("package_token");
            isPackage = true;
        }
        String u = Jsons.text(data, "url");
        if (u == null) {
            throw new DriveException(DriveException.Kind.PROTOCOL, 200, "downloading '" + file.name() + "': no content URL in the answer");
        }
        return new Token(u, isPackage);
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

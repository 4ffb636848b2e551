package dev.orchard.photos.shared;

import dev.orchard.localfiles.DurableFiles;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.sharedstreams.Rendition;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.FileFetcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Downloads one rendition to a temp file and checks it: the size the service gave, and Apple's
 * {@code fileChecksum} when there is one. Returns the file's SHA-256 for later verification.
 */
final class SharedDownload {
    /** The URL has expired (410) or is refused (403): ask for a fresh one. */
    static final class UrlExpired extends IOException {
        UrlExpired(int status) {
            super("download URL expired (HTTP " + status + ")");
        }
    }

    private final CdnClient cdn;

    SharedDownload(CdnClient cdn) {
        this.cdn = cdn;
    }

    /** Writes the rendition to {@code temp} (replacing it), verified and fsynced; returns its SHA-256 in hex. */
    String fetch(String url, Rendition r, Path temp, long mtimeMillis) throws IOException {
        MessageDigest sha = sha256();
        long written;
        try (StreamingResponse resp = cdn.get(url, 0)) {
            if (resp.status() == 410 || resp.status() == 403) throw new UrlExpired(resp.status());
            if (resp.status() != 200) throw new IOException("download answered HTTP " + resp.status());
            String type = resp.header("Content-Type");
            if (type != null && type.toLowerCase(Locale.ROOT).contains("text/html")) {
                throw new IOException("download answered an HTML page instead of the file");
            }
            try (InputStream in = resp.body(); OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                written = in.transferTo(out);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        String problem = null;
        if (r.size() >= 0 && written != r.size()) {
            problem = "got " + written + " bytes, the service says " + r.size();
        } else if (r.verifiable() && FileChecksum.verifiable(r.fileChecksum())
                && !FileChecksum.same(FileFetcher.checksum(temp), r.fileChecksum())) {
            problem = "checksum differs from Apple's";
        }
        if (problem != null) {
            Files.deleteIfExists(temp);
            throw new IOException("download failed verification: " + problem);
        }
        DurableFiles.setModified(temp, mtimeMillis);
        DurableFiles.fsync(temp);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of a file, in hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

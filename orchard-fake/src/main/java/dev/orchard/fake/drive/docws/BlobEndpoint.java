package dev.orchard.fake.drive.docws;

import dev.orchard.fake.drive.DriveSettings;
import dev.orchard.fake.http.ByteRange;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Router;

import java.io.InputStream;

/**
 * The content host behind data_token and package_token URLs: pre-signed (no cookies needed), expiring,
 * honouring single byte ranges, optionally bouncing once with Apple's non-standard 330.
 */
final class BlobEndpoint {
    static final String PATH = "/B/{signature}/{ticket}/{name}";

    private final DownloadTickets tickets;
    private final DriveSettings settings;

    BlobEndpoint(DownloadTickets tickets, DriveSettings settings) {
        this.tickets = tickets;
        this.settings = settings;
    }

    void register(Router r) {
        r.get(PATH, this::serve);
    }

    private void serve(Exchange ex) {
        DownloadTickets.Ticket t = tickets.find(ex.pathParam("ticket"));
        if (t == null) {
            ex.text(404, "text/plain", "no such content");
            return;
        }
        if (tickets.expired(t)) {
            ex.text(410, "text/plain", "this download URL has expired; ask download/by_id for a new one");
            return;
        }
        if (settings.redirect330() && !t.redirected()) {
            DownloadTickets.Ticket next = tickets.issue(t.blob(), t.fileName(), t.isPackage(),
                    settings.downloadUrlLifetime(), true);
            String location = ex.origin() + "/B/" + ex.pathParam("signature") + "/" + next.id() + "/"
                    + DocwsUrls.encode(ex.pathParam("name")) + (ex.rawQuery() == null ? "" : "?" + ex.rawQuery());
            ex.text(330, "text/plain", "").header("Location", location);
            return;
        }
        long size = t.blob().size();
        String type = t.isPackage() ? "application/zip" : "application/octet-stream";
        ByteRange range = ByteRange.parse(ex.header("Range"), size);
        if (range == ByteRange.UNSATISFIABLE) {
            ex.text(416, "text/plain", "").header("Content-Range", "bytes */" + size);
            return;
        }
        long first = range == null ? 0 : range.first();
        long length = range == null ? size : range.length();
        ex.stream(range == null ? 200 : 206, type, length, out -> {
            try (InputStream in = t.blob().open()) {
                in.skipNBytes(first);
                long left = length;
                byte[] buffer = new byte[64 * 1024];
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) break;
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        }).header("Accept-Ranges", "bytes");
        if (range != null) ex.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
    }
}

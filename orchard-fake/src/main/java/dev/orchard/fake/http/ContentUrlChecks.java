package dev.orchard.fake.http;

import java.time.Instant;

/**
 * What Apple's content servers answer before they look at a file's bytes (docs/protocol/photos.md §6): 405 to anything but
 * GET and HEAD, 404 for a file they do not have, 403 without an expiry ({@code e}), 410 once it has passed.
 */
public final class ContentUrlChecks {
    private ContentUrlChecks() {
    }

    /** Answers the request and returns true when one of those refusals applies; false when the file may be served. */
    public static boolean refused(Exchange ex, boolean found, Instant now) {
        if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
            ex.text(405, "text/plain", "Method Not Allowed");
            return true;
        }
        if (!found) {
            ex.text(404, "text/html", "<html><body><h1>Not Found</h1></body></html>");
            return true;
        }
        String e = ex.query("e");
        if (e == null || !e.matches("\\d{1,12}")) {
            ex.text(403, "text/html", "<html><body><h1>Forbidden</h1></body></html>");
            return true;
        }
        if (now.getEpochSecond() > Long.parseLong(e)) {
            ex.text(410, "text/html", "<html><body><h1>Gone</h1></body></html>");
            return true;
        }
        return false;
    }
}

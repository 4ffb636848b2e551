package dev.orchard.app.photos;

import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.Counter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The closing summary of {@code orchard photos sync}. */
final class SyncSummary {
    private SyncSummary() {
    }

    static void print(PrintWriter out, SyncReport r, Path library) {
        String would = r.dryRun() ? "would be " : "";
        out.println();
        out.println((r.dryRun() ? "Dry run finished" : "Sync finished") + " in " + seconds(r) + " with "
                + r.requests() + " request" + (r.requests() == 1 ? "" : "s") + " to iCloud Photos.");
        StringBuilder times = new StringBuilder();
        r.phases().forEach((phase, d) -> times.append(times.isEmpty() ? "" : ", ").append(phase).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)));
        if (!times.isEmpty()) out.println("  Time:              " + times);
        for (Map.Entry<String, SyncReport.FetchMode> z : r.zones().entrySet()) {
            String how = switch (z.getValue()) {
                case UNCHANGED -> "no changes";
                case INCREMENTAL -> "changes applied";
                case FULL -> "listed in full";
            };
            out.println("  " + z.getKey() + ": " + how);
        }
        if (r.get(Counter.ASSETS_LISTED) > 0) out.println("  Assets listed:     " + Units.count(r.get(Counter.ASSETS_LISTED)));
        if (r.get(Counter.CHANGES_APPLIED) > 0) out.println("  Changes applied:   " + Units.count(r.get(Counter.CHANGES_APPLIED)));
        String leftOut = leftOut(r);
        if (!leftOut.isEmpty()) out.println("  Left out:          " + leftOut);
        if (r.dryRun()) {
            out.println("  Would download:    " + Units.count(r.get(Counter.PLANNED_FILES)) + " files, "
                    + Units.bytes(r.get(Counter.PLANNED_BYTES)));
        } else if (r.get(Counter.DOWNLOADED) == 0 && r.get(Counter.PREVIEWS) == 0 && r.complete()) {
            out.println("  Nothing to download.");
        } else if (r.get(Counter.DOWNLOADED) == 0 && !r.complete()) {
            out.println("  Downloaded:        nothing; " + Units.count(r.failed().size() + r.quarantined().size())
                    + " file(s) failed (listed below)");
        } else {
            long unverified = r.get(Counter.UNVERIFIED);
            double secs = Math.max(0.001, r.downloading().toMillis() / 1000.0);
            out.println("  Downloaded:        " + Units.count(r.get(Counter.DOWNLOADED)) + " files, "
                    + Units.bytes(r.get(Counter.BYTES)) + String.format(java.util.Locale.ROOT, " in %.1f s (%s/s)", secs,
                    Units.bytes((long) (r.get(Counter.BYTES) / secs))) + (unverified == 0 ? ", every one verified against iCloud's checksum"
                    : "; " + Units.count(unverified) + " checked by size only (iCloud gave no checksum Orchard can verify)"));
        }
        line(out, "Previews:          ", r.get(Counter.PREVIEWS), " (iCloud's thumbnails and previews, for the web page)");
        line(out, "Already in place:  ", r.get(Counter.ADOPTED), " (identical files kept, not downloaded again)");
        line(out, "Moved:             ", r.get(Counter.MOVED), "");
        line(out, "To local trash:    ", r.get(Counter.TRASHED), " " + would + "in " + library.resolve(".orchard-trash"));
        line(out, "Deleted:           ", r.get(Counter.DELETED), "");
        line(out, "Kept (gone from iCloud): ", r.get(Counter.KEPT), "");
        line(out, "Album entries:     ", r.get(Counter.ALBUM_ENTRIES), " " + would + "updated");
        line(out, "XMP sidecars:      ", r.get(Counter.SIDECARS), " written (new or changed metadata)");
        line(out, "XMP sidecars put away: ", r.get(Counter.SIDECARS_REMOVED), "");
        for (String w : r.warnings()) out.println("  Note: " + w);
        if (!r.quarantined().isEmpty()) {
            out.println();
            out.println("QUARANTINED: " + r.quarantined().size() + " file(s) failed verification twice. Their bytes are in "
                    + library.resolve(".orchard-quarantine") + "; they are NOT in the library and will be tried again next run:");
            r.quarantined().forEach(q -> out.println("  " + q));
        }
        if (!r.failed().isEmpty()) {
            out.println();
            out.println("FAILED: " + r.failed().size() + " file(s) could not be downloaded; the next run tries again:");
            r.failed().stream().limit(50).forEach(f -> out.println("  " + f));
            if (r.failed().size() > 50) out.println("  ... and " + (r.failed().size() - 50) + " more");
        }
        out.println("Library: " + library);
        out.flush();
    }

    /** The files that failed, with their cause, for stderr (the summary on stdout lists them too). */
    static void printFailures(PrintWriter err, SyncReport r) {
        java.util.List<String> all = new java.util.ArrayList<>(r.quarantined());
        all.addAll(r.failed());
        all.stream().limit(20).forEach(f -> err.println("orchard: " + f));
        if (all.size() > 20) err.println("orchard: ... and " + (all.size() - 20) + " more file(s) failed (listed in the summary)");
        err.flush();
    }

    /** Hidden assets (when not kept) and those in Recently Deleted, as the listing or the changes held them. */
    private static String leftOut(SyncReport r) {
        long hidden = r.get(Counter.HIDDEN_LEFT_OUT);
        long deleted = r.get(Counter.DELETED_LEFT_OUT);
        String h = hidden == 0 ? "" : Units.count(hidden) + " hidden (--photos-hidden keeps them)";
        String d = deleted == 0 ? "" : Units.count(deleted) + " in Recently Deleted";
        return h.isEmpty() || d.isEmpty() ? h + d : h + ", " + d;
    }

    private static void line(PrintWriter out, String label, long n, String tail) {
        if (n > 0) out.println("  " + label + Units.count(n) + tail);
    }

    private static String seconds(SyncReport r) {
        return String.format(java.util.Locale.ROOT, "%.1f s", r.elapsed().toMillis() / 1000.0);
    }
}

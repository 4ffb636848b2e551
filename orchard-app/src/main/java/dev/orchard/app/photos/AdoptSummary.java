package dev.orchard.app.photos;

import dev.orchard.photos.adopt.AdoptReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The closing summary of {@code orchard photos adopt}. */
final class AdoptSummary {
    private static final int LISTED = 50;

    private AdoptSummary() {
    }

    static void print(PrintWriter out, AdoptReport r, Path library) {
        String how = r.link() ? "hard-linked" : "moved";
        out.println();
        out.println((r.dryRun() ? "Dry run: would adopt " : "Adopted ") + Units.count(r.adoptedFiles()) + " files of "
                + r.tree().kind().text() + " (" + r.tree().root() + ")" + (r.dryRun() ? "" : ", " + how + " into the library")
                + "; each matched iCloud's checksum.");
        out.println("  Not downloaded again: " + Units.count(r.libraryFiles()) + " files, " + Units.bytes(r.savedBytes()));
        long skipped = r.tree().files().size() - r.read();
        out.println("  Read:              " + Units.count(r.read()) + " of " + Units.count(r.tree().files().size()) + " files, "
                + Units.bytes(r.readBytes()) + (skipped > 0 ? " (the others have a size no file in iCloud has)" : ""));
        line(out, "Listing:           ", r.listing().requests(), " requests to iCloud Photos");
        line(out, "Finished moves:    ", r.resumed(), " left half done by an earlier run");
        line(out, "Already in library: ", r.alreadyThere(), " (identical, verified; left where they are)");
        line(out, "Duplicates:        ", r.duplicates(), " (same bytes as a file adopted above; left where they are)");
        line(out, "Links skipped:     ", r.tree().links(), " (album links; they point at the files above)");
        line(out, "Tool files skipped: ", r.tree().toolFiles(), " (the other tool's own state, lock and logs)");
        list(out, r.notKept(), "Not kept by this library's options (hidden, outside --photos-from/--photos-to/--photos-album, "
                + "a media type left out, edits off); left where they are:");
        list(out, r.unmatched(), "Matching nothing iCloud lists for this library (other files, sidecars, hidden or deleted "
                + "photos); left where they are:");
        if (!r.failed().isEmpty()) {
            out.println();
            out.println("FAILED: " + r.failed().size() + " file(s) were left where they are:");
            r.failed().stream().limit(LISTED).forEach(f -> out.println("  " + f));
        }
        if (!r.dryRun()) out.println("Next: 'orchard photos sync' downloads only what the folder did not hold.");
        out.println("Library: " + library);
        out.flush();
    }

    private static void list(PrintWriter out, List<Path> files, String title) {
        if (files.isEmpty()) return;
        out.println("  " + Units.count(files.size()) + " " + title);
        files.stream().limit(LISTED).forEach(p -> out.println("    " + p));
        if (files.size() > LISTED) out.println("    ... and " + Units.count(files.size() - LISTED) + " more");
    }

    private static void line(PrintWriter out, String label, long n, String tail) {
        if (n > 0) out.println("  " + label + Units.count(n) + tail);
    }
}

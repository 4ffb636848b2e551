package dev.orchard.app.photos;

import dev.orchard.photos.archive.ArchiveListener;
import dev.orchard.photos.archive.ArchivePlan;
import dev.orchard.photos.archive.ArchivePlan.Item;
import dev.orchard.photos.archive.ArchiveReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How archive plans and reports read on the terminal. */
final class ArchiveText {
    private ArchiveText() {
    }

    static void plan(PrintWriter out, ArchivePlan p, boolean verbose, boolean dryRun) {
        out.println((dryRun ? "Dry run, as of the last sync. " : "") + "Archive: " + p.rule());
        out.println("  Kept here, verified: " + Units.count(p.kept().size()) + " assets ("
                + Units.count(p.filesKept()) + " files, " + Units.bytes(p.bytesKept()) + ")");
        list(out, verbose, p.kept());
        if (!p.keepInICloud()) {
            out.println("  Leaving iCloud (to Recently Deleted): " + Units.count(p.leaving().size()) + " assets, about "
                    + Units.bytes(p.bytesFreed()) + " freed in iCloud");
            list(out, verbose, p.leaving());
        }
        out.println("  Favourites kept in iCloud: " + Units.count(p.favourites().size()));
        list(out, verbose, p.favourites());
        skipped(out, p.skipped(), verbose);
        if (p.deferred() > 0) out.println("  Left for a later run (the per-run cap): " + Units.count(p.deferred()));
        for (String a : p.frozenAlbums()) out.println("  Album folder frozen: " + a);
        out.flush();
    }

    static void report(PrintWriter out, ArchiveReport r, Path library) {
        out.println("Archived (" + r.rule() + "): " + Units.count(r.kept().size()) + " assets kept here ("
                + Units.count(r.filesKept()) + " files, verified), " + Units.count(r.removed().size())
                + " moved to Recently Deleted (about " + Units.bytes(r.bytesFreed()) + " freed), "
                + Units.count(r.favourites().size()) + " favourites stay in iCloud, " + Units.count(r.skipped().size()) + " skipped.");
        skipped(out, r.skipped(), false);
        if (!r.removed().isEmpty()) {
            out.println("They can be restored from Recently Deleted (Photos app or icloud.com) for 30 days; after that the copy in "
                    + library + " is the only one, so back that folder up.");
        }
        out.println("Log: " + library.resolve(".orchard/archive-log.tsv"));
    }

    private static void skipped(PrintWriter out, List<Item> skipped, boolean verbose) {
        out.println("  Skipped: " + Units.count(skipped.size()));
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Item i : skipped) reasons.merge(i.reason(), 1, Integer::sum);
        reasons.forEach((why, n) -> out.println("    " + Units.count(n) + " " + why));
        list(out, verbose, skipped);
    }

    private static void list(PrintWriter out, boolean verbose, List<Item> items) {
        if (!verbose) return;
        for (Item i : items) out.println("      " + i.name() + (i.reason() == null ? "" : "  (" + i.reason() + ")"));
    }

    /** {@code -v}: one line per asset as the run settles it. */
    static final class Lines implements ArchiveListener {
        private final PrintWriter out;

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void phase(String description) {
            out.println(description + "...");
            out.flush();
        }

        @Override
        public void asset(Item item, Outcome outcome, String detail) {
            out.println("  " + outcome.name().toLowerCase(java.util.Locale.ROOT) + ": " + item.name() + " (" + detail + ")");
            out.flush();
        }
    }
}

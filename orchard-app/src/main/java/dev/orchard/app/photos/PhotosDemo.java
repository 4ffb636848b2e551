package dev.orchard.app.photos;

import dev.orchard.icloud.ICloudSession;
import dev.orchard.photos.sync.SyncOptions;
import dev.orchard.photos.sync.SyncReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The Photos part of {@code orchard demo}: syncs the fake's generated library into {@code <dir>/iCloud Photos},
 * syncs again to show what an unchanged library costs, and says where to look.
 */
public final class PhotosDemo {
    private final ICloudSession session;
    private final Path library;
    private final PrintWriter out;
    private final Clock clock;
    private final boolean terminal;

    public PhotosDemo(ICloudSession session, Path dir, PrintWriter out, Clock clock, boolean terminal) {
        this.session = session;
        this.library = dir.resolve("iCloud Photos");
        this.out = out;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** @return whether both syncs left every file in place */
    public boolean run() {
        out.println();
        out.println("iCloud Photos: syncing the fake's library into " + library);
        SyncOptions options = SyncOptions.builder(library).clock(clock).build();
        SyncReport first = PhotosSyncCommand.run(session, options, 6, out, terminal);
        out.println();
        out.println("Syncing again, as a scheduled run would, with nothing changed in iCloud:");
        SyncReport second = PhotosSyncCommand.run(session, options, 6, out, false);
        out.println();
        out.println("Look at the library:");
        out.println("  " + library.resolve("Photos") + "          originals by year and month, Live Photo videos");
        out.println("      beside their photos, edits as <name>-edited.<ext>, RAW files beside their JPEGs");
        out.println("  " + library.resolve("Albums") + "          albums and folders, as links to the files above");
        out.println("  " + library.resolve("Shared Library") + "  the iCloud Shared Photo Library");
        out.println("The second sync asked iCloud Photos " + second.requests() + " question" + (second.requests() == 1 ? "" : "s")
                + " and downloaded " + second.get(SyncReport.Counter.DOWNLOADED) + " files.");
        return first.complete() && second.complete();
    }
}

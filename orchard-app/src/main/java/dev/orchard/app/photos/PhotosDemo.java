package dev.orchard.app.photos;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.archive.ArchiveHooks;
import dev.orchard.photos.archive.ArchiveListener;
import dev.orchard.photos.archive.ArchiveReport;
import dev.orchard.photos.archive.ArchiveRequest;
import dev.orchard.photos.archive.Archiver;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Photos part of {@code orchard demo}: syncs the fake's generated library into {@code <dir>/iCloud Photos},
 * syncs again to show what an unchanged library costs, says where to look, then archives an album and shows
 * that a later sync leaves the archived folder alone.
 */
public final class PhotosDemo {
    private static final String ARCHIVED_ALBUM = "Road trip";
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
        return first.complete() && second.complete() && archive(options);
    }

    /** Archives one album, then shows that another sync leaves its frozen folder and pinned files alone. */
    private boolean archive(SyncOptions options) {
        out.println();
        out.println("Archiving the album \"" + ARCHIVED_ALBUM + "\": every file stays here, re-verified against iCloud's checksums"
                + " and frozen; every non-favourite moves to Recently Deleted in iCloud:");
        Archiver archiver = new Archiver(new PhotosService(session, 6), options, ArchiveHooks.NONE, session.http().config().sleeper());
        ArchiveReport r = archiver.run(ArchiveRequest.albums(ARCHIVED_ALBUM), ArchiveListener.NONE);
        out.println("  stayed here:          " + r.kept().size() + " assets (" + r.filesKept() + " files)");
        out.println("  left iCloud:          " + r.removed().size() + " assets, about " + Units.bytes(r.bytesFreed())
                + " freed (in Recently Deleted for 30 days)");
        out.println("  stayed as favourites: " + r.favourites().size() + " assets, still in iCloud too");
        if (!r.skipped().isEmpty()) out.println("  skipped:              " + r.skipped().size() + " (" + r.skipped().get(0).reason() + ")");
        Map<String, String> before = archivedFolder();
        SyncReport third = PhotosSyncCommand.run(session, options, 6, new PrintWriter(java.io.Writer.nullWriter()), false);
        boolean untouched = before.equals(archivedFolder());
        out.println("Another sync, with those assets now in Recently Deleted: " + (untouched
                ? "the archived folder (" + before.size() + " entries) and its files are untouched."
                : "the archived folder CHANGED, which should never happen."));
        out.println("  " + library.resolve("Albums") + "/.../" + ARCHIVED_ALBUM + "   the frozen album; orchard photos archived lists the run");
        return third.complete() && untouched;
    }

    /** The archived album's entries and what they point at (link target or file size). */
    private Map<String, String> archivedFolder() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(library.resolve("Albums"))) {
            for (Path p : s.filter(p -> p.getParent().getFileName().toString().equals(ARCHIVED_ALBUM)).toList()) {
                Path real = p.toRealPath();
                out.put(library.relativize(p).toString(), real + " " + Files.size(real) + " " + Files.getLastModifiedTime(real));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + library.resolve("Albums") + ": " + e.getMessage(), e);
        }
        return out;
    }
}

import dev.orchard.photos.albums.AlbumLinker;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.library.GeneratedLibrary;
import dev.orchard.photos.options.LinkMode;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;

/**
 * The album step alone, on a library written by GeneratedLibrary (every asset downloaded, in an album; every 5th a
 * favourite, 10th a video, 7th a Live Photo): makes every entry from scratch (symlinks, smart albums on), then
 * runs again with nothing to change. Prints the time of each and the heap's peak. Run it under a small -Xmx to
 * see whether the step's memory depends on the library's size. Any jar with AlbumLinker's public API will do.
 * Usage: java -Xmx16m -cp orchard.jar AlbumStep.java ASSETS DIR [again] (DIR is written once and reused by later
 * runs; with {@code again}, the entries a previous run made are kept and only the run with nothing to change is made)
 */
public class AlbumStep {
    public static void main(String[] args) throws Exception {
        int assets = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        LibraryPaths paths = new LibraryPaths(root);
        if (!Files.exists(paths.database())) {
            long t = System.nanoTime();
            GeneratedLibrary.write(root, assets, false);
            System.out.printf("library of %d assets written in %.1f s%n", assets, (System.nanoTime() - t) / 1e9);
        }
        boolean again = args.length > 2 && args[2].equals("again");
        if (!again) deleteTree(root.resolve(LibraryPaths.ALBUMS));
        try (StateDb db = StateDb.open(paths.database(), false)) {
            if (!again) db.txRun(d -> d.update("DELETE FROM album_entries"));
            Stores stores = Stores.of(db);
            String[] runs = again ? new String[]{"nothing to change"} : new String[]{"make every entry", "nothing to change"};
            for (String run : runs) {
                SyncReport report = new SyncReport();
                long t = System.nanoTime();
                new AlbumLinker(stores, paths, LinkMode.SYMLINK, false, paths.trash(Clock.systemUTC()), report, SyncListener.NONE)
                        .withSmartAlbums(true, false).rebuild();
                System.out.printf("%s: %d entries changed in %.1f s%n", run, report.get(SyncReport.Counter.ALBUM_ENTRIES),
                        (System.nanoTime() - t) / 1e9);
            }
            System.out.printf("album entries: %d; heap peak %.1f MB of max %.0f MB%n", db.count("SELECT COUNT(*) FROM album_entries"),
                    heapPeak() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Walks rather than lists, so the harness itself holds nothing under a small heap. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

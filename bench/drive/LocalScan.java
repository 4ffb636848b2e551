import dev.orchard.drive.local.LocalScanner;
import dev.orchard.drive.options.Filters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * bench/drive: the local scan of a Drive pass over SCAN unchanged files (100 per folder), three times.
 * Usage: java -cp orchard.jar LocalScan.java DIR SCAN
 */
public final class LocalScan {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long t = System.nanoTime();
        for (int i = 0; i < files; i++) {
            Path d = dir.resolve("d" + (i / 100));
            if (i % 100 == 0) Files.createDirectories(d);
            Files.writeString(d.resolve("f" + i + ".txt"), "x");
        }
        System.out.printf(Locale.ROOT, "created %d local files in %.1f s%n", files, secs(t));
        LocalScanner scanner = new LocalScanner(dir, Filters.none());
        for (int i = 1; i <= 3; i++) {
            t = System.nanoTime();
            int n = scanner.scan().entries().size();
            System.out.printf(Locale.ROOT, "local scan %d of %d entries: %.2f s%n", i, n, secs(t));
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

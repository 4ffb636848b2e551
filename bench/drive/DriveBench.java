import dev.orchard.drive.options.Filters;
import dev.orchard.drive.local.LocalScanner;
import dev.orchard.drive.sync.DriveFolder;
import dev.orchard.drive.sync.DriveState;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.seed.TreeGenerator;
import dev.orchard.icloud.testing.DriveTestSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * bench/drive: FILES files in FOLDERS folders on the fake with LATENCY ms per request; times the initial sync,
 * a no-change pass (and counts its requests), and a scan of SCAN unchanged local files.
 * Usage: java ... DriveBench.java WORKDIR [files folders latencyMs scanFiles transfers]
 */
public final class DriveBench {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int folders = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int latency = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int scanFiles = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        int transfers = args.length > 5 ? Integer.parseInt(args[5]) : 16;

        try (FakeICloud fake = FakeICloud.start(FakeConfig.defaults());
             DriveTestSession s = DriveTestSession.fresh(fake, work.resolve("session"))) {
            RemoteDrive remote = s.remote();
            long t = System.nanoTime();
            TreeGenerator.generate(remote.tree(), remote.tree().cloudDocs().root(), fake.drive().blobs(),
                    new TreeGenerator.Spec(files, folders, 42, 16 * 1024));
            System.out.printf(Locale.ROOT, "generated %d files in %d folders in %.1f s%n", files, folders, secs(t));
            fake.faults().setLatencyAll(latency);

            Path local = work.resolve("Drive");
            Files.createDirectories(local);
            SyncOptions options = SyncOptions.defaults(local).withTransfers(transfers);
            try (DriveFolder folder = DriveFolder.open(new DriveState(work.resolve("state")), local)) {
                fake.stats().reset();
                t = System.nanoTime();
                PassReport first = pass(s, folder, options);
                double initial = secs(t);
                long requests = fake.stats().total();
                System.out.printf(Locale.ROOT, "initial sync: %.1f s, %d requests (%s; %d parallel transfers, %d ms latency)%n",
                        initial, requests, first.outcome().summary(), transfers, latency);
                double bound = requests * latency / 1000.0 / transfers;
                System.out.printf(Locale.ROOT, "request-latency bound (requests x latency / %d): %.1f s; initial sync at %.2f x the bound%n",
                        transfers, bound, initial / bound);
                System.out.println("peak RSS after the initial sync: " + peakRss());

                for (int i = 1; i <= 2; i++) {
                    fake.stats().reset();
                    t = System.nanoTime();
                    PassReport again = pass(s, folder, options);
                    System.out.printf(Locale.ROOT, "no-change pass %d: %.2f s, %d requests (%s; listing %.2f s, local scan %.2f s)%n",
                            i, secs(t), fake.stats().total(), again.outcome().summary(),
                            again.scanRemote().toMillis() / 1000.0, again.scanLocal().toMillis() / 1000.0);
                }
                System.out.println("peak RSS after the no-change passes: " + peakRss());
            }
        }

        Path scanDir = work.resolve("scan");
        long t = System.nanoTime();
        for (int i = 0; i < scanFiles; i++) {
            Path d = scanDir.resolve("d" + (i / 100));
            if (i % 100 == 0) Files.createDirectories(d);
            Files.writeString(d.resolve("f" + i + ".txt"), "x");
        }
        System.out.printf(Locale.ROOT, "created %d local files in %.1f s%n", scanFiles, secs(t));
        LocalScanner scanner = new LocalScanner(scanDir, Filters.none());
        for (int i = 1; i <= 3; i++) {
            t = System.nanoTime();
            int n = scanner.scan().entries().size();
            System.out.printf(Locale.ROOT, "local scan %d of %d entries: %.2f s%n", i, n, secs(t));
        }
    }

    private static PassReport pass(DriveTestSession s, DriveFolder folder, SyncOptions options) {
        return folder.pass(s.client, options, SyncListener.NONE, Clock.systemUTC(), new AtomicBoolean());
    }

    /** The JVM's peak resident set (VmHWM); the fake runs in the same JVM, so it is counted in. */
    private static String peakRss() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return kib / 1024 + " MiB (this JVM, the fake included)";
            }
        }
        return "unknown";
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

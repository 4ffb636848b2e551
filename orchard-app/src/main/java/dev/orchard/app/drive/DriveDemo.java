package dev.orchard.app.drive;

import dev.orchard.drive.sync.DriveFolder;
import dev.orchard.drive.sync.DriveState;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.seed.TreeGenerator;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.drive.DriveClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The Drive part of {@code orchard demo}: a generated iCloud Drive synced into a local folder, then a local
 * edit going up and an edit "from another device" coming down, each in one pass.
 */
public final class DriveDemo {
    private final FakeICloud fake;
    private final ICloudSession session;
    private final Path dir;
    private final PrintWriter out;

    public DriveDemo(FakeICloud fake, ICloudSession session, Path dir, PrintWriter out) {
        this.fake = fake;
        this.session = session;
        this.dir = dir;
        this.out = out;
    }

    public void run() {
        Path local = dir.resolve("Drive");
        Path state = dir.resolve("drive-state");
        wipe(local);
        wipe(state);
        RemoteDrive remote = fake.drive().account(session.appleId());
        TreeGenerator.generate(remote.tree(), remote.tree().cloudDocs().root(), fake.drive().blobs(),
                new TreeGenerator.Spec(40, 6, 7, 64 * 1024));
        remote.createFile("Documents/notes.txt", "Shopping: apples, pears\n".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-01-05T09:00:00Z"));
        out.println();
        out.println("iCloud Drive (fake): generated " + remote.list().size() + " files and folders.");
        SyncOptions options = SyncOptions.defaults(local);
        ConsoleProgress progress = new ConsoleProgress(out, false);
        try (DriveFolder store = DriveFolder.open(new DriveState(state), local)) {
            DriveClient client = new DriveClient(session);
            pass("First sync into " + local, client, store, options, progress);

            Path notes = local.resolve("Documents/notes.txt");
            write(notes, "Shopping: apples, pears, plums (added on this machine)\n");
            out.println();
            out.println("Edited locally: Documents/notes.txt");
            pass("Sync", client, store, options, progress);
            out.println("  iCloud now has: " + new String(remote.read("Documents/notes.txt"), StandardCharsets.UTF_8).strip());

            remote.editFile("Documents/notes.txt", "Shopping: apples, pears, plums, figs (added on the iPhone)\n"
                    .getBytes(StandardCharsets.UTF_8), fake.clock().instant());
            remote.rename("Documents/notes.txt", "shopping.txt");
            out.println();
            out.println("Edited and renamed on \"another device\": Documents/notes.txt -> Documents/shopping.txt");
            pass("Sync", client, store, options, progress);
            out.println("  the local file now reads: " + read(local.resolve("Documents/shopping.txt")).strip());
            out.println("Try it yourself: ./orchard drive sync --once --drive-dir DIR (see README, 'iCloud Drive').");
        }
    }

    private void pass(String title, DriveClient client, DriveFolder store, SyncOptions options, ConsoleProgress progress) {
        out.println(title + ":");
        PassReport r = store.pass(client, options, progress, Clock.systemUTC(), new AtomicBoolean());
        progress.summary(r);
    }

    private static void write(Path p, String s) {
        try {
            Files.writeString(p, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wipe(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

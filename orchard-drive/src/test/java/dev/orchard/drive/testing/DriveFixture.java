package dev.orchard.drive.testing;

import dev.orchard.drive.local.Names;
import dev.orchard.drive.state.BaseStore;
import dev.orchard.drive.sync.DriveSyncs;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.icloud.testing.DriveTestSession;
import dev.orchard.fake.drive.RemoteDrive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A sync folder, its base and a fresh fake account on one shared fake. Local edits get distinct mtimes (as
 * a person's edits would; a fast test could otherwise write twice within one file-system tick).
 */
public final class DriveFixture implements AutoCloseable {
    private static FakeICloud shared;

    public final FakeICloud fake;
    public final DriveTestSession session;
    public final Path local;
    public final Path stateDb;
    public SyncOptions options;
    public SyncHooks hooks = SyncHooks.NONE;
    private BaseStore store;
    private final AtomicLong editClock = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());

    public DriveFixture(Path dir) {
        this.fake = fake();
        this.session = DriveTestSession.fresh(fake, dir.resolve("state"));
        this.local = dir.resolve("Drive");
        this.stateDb = dir.resolve("state/drive.db");
        this.options = SyncOptions.defaults(local).withTransfers(2);
        try {
            Files.createDirectories(local);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized FakeICloud fake() {
        if (shared == null) shared = FakeICloud.start(FakeConfig.defaults());
        return shared;
    }

    public RemoteDrive remote() {
        return session.remote();
    }

    public BaseStore store() {
        if (store == null) store = BaseStore.open(stateDb);
        return store;
    }

    /** Closes the base as a crashed process would leave it and opens it again. */
    public void restart() {
        if (store != null) store.close();
        store = null;
    }

    public PassReport sync() {
        return sync(SyncListener.NONE);
    }

    public PassReport sync(SyncListener listener) {
        return DriveSyncs.pass(session.client, store(), options, hooks, listener, fake.clock());
    }

    public void options(UnaryOperator<SyncOptions> change) {
        options = change.apply(options);
    }

    // ---- the local side, as a person edits it

    public Path write(String path, String content) {
        try {
            Path p = local.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            Files.setLastModifiedTime(p, FileTime.from(Instant.ofEpochSecond(editClock.addAndGet(10))));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(local.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(local.resolve(path));
    }

    public void move(String from, String to) {
        try {
            Path target = local.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(local.resolve(from), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String path) {
        try {
            Path p = local.resolve(path);
            if (Files.isDirectory(p)) {
                try (var walk = Files.walk(p)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
                }
            } else {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the remote side, as another device changes it

    public void remoteWrite(String path, String content) {
        Instant t = Instant.ofEpochSecond(editClock.addAndGet(10));
        if (remote().item(path) == null) remote().createFile(path, content.getBytes(StandardCharsets.UTF_8), t);
        else remote().editFile(path, content.getBytes(StandardCharsets.UTF_8), t);
    }

    public String remoteRead(String path) {
        return new String(remote().read(path), StandardCharsets.UTF_8);
    }

    // ---- comparing trees

    /** Files (path to content) and folders (path to "/") of the sync folder, without Orchard's own files. */
    public Map<String, String> localTree() {
        Map<String, String> out = new TreeMap<>();
        try {
            Files.walkFileTree(local, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.getFileName().toString().startsWith(Names.INTERNAL_PREFIX)) return FileVisitResult.SKIP_SUBTREE;
                    if (!dir.equals(local)) out.put(local.relativize(dir).toString(), "/");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.getFileName().toString().startsWith(Names.INTERNAL_PREFIX)) {
                        out.put(local.relativize(file).toString(), Files.readString(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Map<String, String> remoteTree() {
        Map<String, String> out = new TreeMap<>();
        for (RemoteDrive.Entry e : remote().list()) {
            if (e.path().contains(Names.INTERNAL_PREFIX)) continue;
            out.put(e.path(), e.type().equals("FOLDER") ? "/" : remoteRead(e.path()));
        }
        return out;
    }

    /** Both trees are identical and one more pass has nothing to do. */
    public void assertConverged() {
        org.assertj.core.api.Assertions.assertThat(localTree()).isEqualTo(remoteTree());
        org.assertj.core.api.Assertions.assertThat(sync().planLines()).as("a further pass has nothing to do").isEmpty();
    }

    /** Contents of every file in the iCloud trash, trashed folders included. */
    public java.util.List<String> remoteTrashContents() {
        java.util.List<String> out = new java.util.ArrayList<>();
        var tree = remote().tree();
        synchronized (tree) {
            for (var top : tree.trashItems()) collect(tree, top, out);
        }
        return out;
    }

    private static void collect(dev.orchard.fake.drive.tree.DriveTree tree, dev.orchard.fake.drive.tree.DriveItem item,
                                java.util.List<String> out) {
        if (item.isFile()) {
            try (var in = item.content().open()) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            for (var c : tree.children(item)) collect(tree, c, out);
        }
    }

    /** Contents of every file under .orchard-trash. */
    public java.util.List<String> localTrashContents() {
        Path trash = local.resolve(Names.LOCAL_TRASH);
        if (!Files.exists(trash)) return java.util.List.of();
        try (var walk = Files.walk(trash)) {
            return walk.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (store != null) store.close();
        session.close();
    }
}

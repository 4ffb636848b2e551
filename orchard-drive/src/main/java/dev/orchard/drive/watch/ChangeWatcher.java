package dev.orchard.drive.watch;

import dev.orchard.drive.local.Names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * inotify (through {@link WatchService}) on every folder of the sync folder, new folders included. It only
 * says that something changed; the next pass's scan finds out what, so a missed or overflowing event never
 * loses an edit (the periodic pass catches it).
 */
public final class ChangeWatcher implements AutoCloseable {
    private final Path root;
    private final WatchService service;
    private boolean watchingRoot;

    public ChangeWatcher(Path root) {
        this.root = root;
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
        }
        ensureWatching();
    }

    /** Starts watching once the folder exists (the first pass may be what creates it). */
    public void ensureWatching() {
        if (watchingRoot || !Files.isDirectory(root)) return;
        try {
            registerTree(root);
            watchingRoot = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
        }
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(root) && Names.internal(d.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The path of an event the watcher cannot attribute (queue overflow): never taken for Orchard's own. */
    public static final String UNKNOWN = "";

    /**
     * Waits up to {@code timeout} for file-system events and returns the relative paths they concern
     * (Orchard's own temp files do not count; {@link #UNKNOWN} after an overflow); empty when none came.
     */
    public java.util.Set<String> await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        java.util.Set<String> changed = new java.util.HashSet<>();
        while (changed.isEmpty()) {
            long left = deadline - System.nanoTime();
            WatchKey key = service.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (key == null) break;
            while (key != null) {
                collect(key, changed);
                key = service.poll();
            }
        }
        return changed;
    }

    private void collect(WatchKey key, java.util.Set<String> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(UNKNOWN);
                continue;
            }
            Path name = (Path) e.context();
            if (Names.internal(name.toString())) continue;
            Path child = dir.resolve(name);
            changed.add(dev.orchard.drive.state.PathKeys.nfc(root.relativize(child).toString()));
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException ignored) {
                    // gone again already; the next scan sees what is there
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

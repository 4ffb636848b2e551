package dev.orchard.drive.apply;

import dev.orchard.localfiles.DatedTrash;
import dev.orchard.localfiles.DurableFiles;
import dev.orchard.localfiles.NameBytes;
import dev.orchard.localfiles.Trash;
import dev.orchard.drive.local.Inodes;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.local.Names;
import dev.orchard.drive.state.PathKeys;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Local file operations that never lose data: temp files in the target folder, fsync, a re-check of the
 * destination right before the atomic rename (docs/protocol/drive-sync.md §6), and deletions that are moves into
 * {@code .orchard-trash/<date>/} inside the sync folder.
 */
public final class LocalFiles {
    private final Path root;
    private final Trash trash;
    private final java.util.Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public LocalFiles(Path root, Clock clock) {
        this.root = root;
        this.trash = new DatedTrash(root, clock, DatedTrash.EmptyFolders.KEEP);
    }

    public Path root() { return root; }

    /** The local file as it is now, or null. */
    public LocalEntry stat(String path, String fsPath) {
        return Inodes.stat(root, path, fsPath);
    }

    /** Every relative path this pass created, replaced, renamed or removed (for the watcher to ignore). */
    public java.util.Set<String> written() { return java.util.Set.copyOf(written); }

    private void wrote(String path) {
        for (String p = path; !p.isEmpty(); p = PathKeys.parent(p)) written.add(p);
    }

    public Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) throw new IllegalArgumentException("'" + relative + "' is outside the sync folder");
        return p;
    }

    /** A fresh temp file next to {@code path}, skipped by scans. */
    public Path tempFor(String path) throws IOException {
        Path dir = resolve(PathKeys.parent(path));
        Files.createDirectories(dir);
        return dir.resolve(Names.INTERNAL_PREFIX + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".part");
    }

    /** Whether the file at {@code fsPath} is still exactly what the scan saw ({@code expected} null: absent). */
    public boolean unchanged(String path, String fsPath, LocalEntry expected) {
        LocalEntry now = Inodes.stat(root, path, fsPath);
        if (expected == null) return now == null;
        return now != null && now.dir() == expected.dir() && now.size() == expected.size()
                && now.mtimeNs() == expected.mtimeNs() && now.inode() == expected.inode();
    }

    /**
     * Moves the finished temp to {@code path} after checking the destination still holds {@code expected}
     * (null: nothing). Returns false, removing the temp, when the destination changed meanwhile.
     */
    public boolean place(Path temp, String path, LocalEntry expected) throws IOException {
        String fsPath = expected == null ? path : expected.fsPath();
        if (!unchanged(path, fsPath, expected)) {
            Files.deleteIfExists(temp);
            return false;
        }
        try {
            return placeChecked(temp, fsPath, expected);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private boolean placeChecked(Path temp, String fsPath, LocalEntry expected) throws IOException {
        Path target = resolve(fsPath);
        wrote(fsPath);
        if (expected == null) {
            try {
                Files.createLink(target, temp);
                Files.delete(temp);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(temp);
                    return false;
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } else {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        DurableFiles.fsyncDirectory(target.getParent());
        return true;
    }

    public void setMtime(Path file, java.time.Instant t) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(t));
    }

    /** Renames without replacing anything; false when the target exists. */
    public boolean rename(String fromFs, String to) throws IOException {
        Path target = resolve(to);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
        wrote(fromFs);
        wrote(to);
        Files.createDirectories(target.getParent());
        try {
            Files.move(resolve(fromFs), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return false;
        }
        DurableFiles.fsyncDirectory(target.getParent());
        return true;
    }

    /** Moves a file or folder into today's {@code .orchard-trash}, keeping its relative path. */
    public void toTrash(String fsPath) throws IOException {
        wrote(fsPath);
        if (trash.put(fsPath) == null) throw new NoSuchFileException(resolve(fsPath).toString());
    }

    public void mkdir(String path) throws IOException {
        wrote(path);
        Files.createDirectories(resolve(path));
    }
}

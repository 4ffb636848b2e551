package dev.orchard.localfiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;

/** The file operations that keep the library consistent across crashes: fsync, atomic rename, no overwrite. */
public final class DurableFiles {
    private DurableFiles() {
    }

    public static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    public static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some file systems cannot fsync a directory; the rename is still atomic
        }
    }

    /**
     * Renames {@code from} to {@code to} atomically, creating parents. Refuses to replace an existing file
     * unless {@code replace}; the caller decides what may be replaced.
     */
    public static void move(Path from, Path to, boolean replace) throws IOException {
        move(from, to, replace, FileModes.UMASK);
    }

    /** As {@link #move(Path, Path, boolean)}, creating missing folders with {@code modes}. */
    public static void move(Path from, Path to, boolean replace, FileModes modes) throws IOException {
        moveWithoutDirectorySync(from, to, replace, modes);
        fsyncDirectory(to.getParent());
    }

    /**
     * As {@link #move}, leaving the fsync of the target's directory to the caller (who syncs many renames in
     * one directory at once, before recording them).
     */
    public static void moveWithoutDirectorySync(Path from, Path to, boolean replace, FileModes modes) throws IOException {
        modes.createDirectories(to.getParent());
        if (!replace && Files.exists(to, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(to.toString());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            else Files.move(from, to);
        }
    }

    /**
     * Replaces {@code target} with {@code content} atomically: written to {@code temp} (same file system), fsynced,
     * renamed over the target, directory fsynced. A crash leaves the old file or the new one, never a mix.
     */
    public static void replace(Path target, Path temp, byte[] content) throws IOException {
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        fsync(temp);
        move(temp, target, true);
    }

    public static void setModified(Path file, long epochMillis) throws IOException {
        if (epochMillis > 0) Files.setLastModifiedTime(file, FileTime.fromMillis(epochMillis));
    }

    /** Removes {@code dir} and its empty parents up to (not including) {@code stop}. */
    public static void pruneEmptyParents(Path dir, Path stop) {
        Path d = dir;
        while (d != null && d.startsWith(stop) && !d.equals(stop)) {
            try {
                Files.delete(d);
            } catch (IOException e) {
                return;
            }
            d = d.getParent();
        }
    }
}

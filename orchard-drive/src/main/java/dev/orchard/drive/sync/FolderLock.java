package dev.orchard.drive.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Orchard process per sync folder: an OS lock on a file in the state directory (released by the
 * kernel if the process dies, so it never goes stale) holding the owner's PID for the message.
 */
public final class FolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link AbortedException} naming the process that holds it. */
    public static FolderLock acquire(Path lockFile, Path folder) {
        try {
            Files.createDirectories(lockFile.getParent());
            if (!Files.exists(lockFile)) {
                Files.createFile(lockFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                String pid = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
                ch.close();
                throw new AbortedException("another Orchard process" + (pid.isEmpty() ? "" : " (pid " + pid + ")")
                        + " is syncing " + folder + "; only one may at a time");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new FolderLock(ch, l);
        } catch (IOException e) {
            throw new AbortedException("cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the kernel drops it with the process anyway
        }
    }
}

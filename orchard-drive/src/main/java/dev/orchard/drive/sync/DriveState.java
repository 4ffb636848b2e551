package dev.orchard.drive.sync;

import dev.orchard.localfiles.FolderBusyException;
import dev.orchard.localfiles.FolderLock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where one (account, sync folder) pair keeps its state: {@code <state>/drive/<id>/base.db} and {@code lock},
 * the directory mode 0700.
 */
public record DriveState(Path dir) {
    public static DriveState of(Path stateRoot, String appleId, Path localDir) {
        String id = appleId.toLowerCase(Locale.ROOT) + "\n" + localDir.toAbsolutePath().normalize();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return new DriveState(stateRoot.resolve("drive").resolve(HexFormat.of().formatHex(h, 0, 8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path base() { return dir.resolve("base.db"); }
    public Path lockFile() { return dir.resolve("lock"); }

    /** One process per sync folder; another one holding it, or a lock that cannot be taken, aborts the pass. */
    public FolderLock lock(Path folder) {
        try {
            return FolderLock.acquire(lockFile(), "syncing " + folder + "; only one may at a time");
        } catch (FolderBusyException e) {
            throw new AbortedException(e.getMessage());
        } catch (IOException e) {
            throw new AbortedException("cannot lock " + lockFile() + ": " + e.getMessage());
        }
    }

    /** Creates the directory (and its parents) with mode 0700. */
    public DriveState create() {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Drive state directory " + dir + ": " + e.getMessage(), e);
        }
    }
}

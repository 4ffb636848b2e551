package dev.orchard.app.logging;

import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.RollingPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A rolling log file only its owner can read, whatever the umask: the file is created 0600 before Logback
 * opens it, renaming keeps that, and each gzipped rotation (Logback writes it on another thread) is made
 * 0600 as soon as it is written.
 */
final class PrivateLogFile<E> extends RollingFileAppender<E> {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public void openFile(String name) throws IOException {
        Path file = Path.of(name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process made it in between; restricted below
            }
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        super.openFile(name);
    }

    @Override
    public void rollover() {
        super.rollover();
        awaitCompression(getRollingPolicy());
        restrictRotations(Path.of(getFile()).toAbsolutePath());
    }

    /** Every file next to {@code file} whose name starts with its name: the rotations. */
    static void restrictRotations(Path file) {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(), file.getFileName() + ".*")) {
            for (Path p : siblings) {
                if (Files.isRegularFile(p)) Files.setPosixFilePermissions(p, OWNER_ONLY);
            }
        } catch (IOException e) {
            System.err.println("orchard: cannot make the rotated logs next to " + file + " private: " + e.getMessage());
        }
    }

    /**
     * Logback gzips on its executor and keeps the task in a package-private field; waiting for it means the
     * finished archive exists when it is restricted. Without that field (another Logback), the archive of
     * this rotation is restricted at the next one.
     */
    private static void awaitCompression(RollingPolicy policy) {
        if (!(policy instanceof TimeBasedRollingPolicy<?>)) return;
        try {
            Field f = TimeBasedRollingPolicy.class.getDeclaredField("compressionFuture");
            f.setAccessible(true);
            if (f.get(policy) instanceof Future<?> compression) compression.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ReflectiveOperationException | RuntimeException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            // restricted at the next rotation
        }
    }
}

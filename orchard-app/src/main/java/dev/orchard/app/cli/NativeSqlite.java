package dev.orchard.app.cli;

import dev.orchard.icloud.session.StateDirectory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * sqlite-jdbc writes its native library (1.2 MB) to the temp folder on every start and reads it back byte by byte to
 * compare it with the jar's before loading it: a tenth of a no-change sync's start-up. This keeps one copy per
 * sqlite-jdbc version and platform in Orchard's own cache folder (written once: temp name, fsync, rename) and points
 * sqlite-jdbc at it. Only a private folder and a file of this user's that nobody else can write are used; on any
 * doubt or failure sqlite-jdbc does what it always did.
 */
public final class NativeSqlite {
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private NativeSqlite() {
    }

    /** Points sqlite-jdbc at the cached copy under {@code $XDG_CACHE_HOME/orchard} (else {@code ~/.cache/orchard}). */
    public static void useCachedCopy(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "orchard") : StateDirectory.home(env).resolve(".cache").resolve("orchard");
        if (System.getProperty("org.sqlite.lib.path") != null) return;
        cachedCopy(dir).ifPresent(lib -> {
            System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
        });
    }

    /** The copy of this sqlite-jdbc's native library in {@code dir}, written if missing; empty when it cannot be used. */
    static Optional<Path> cachedCopy(Path dir) {
        try {
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
            String name = "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + resource.replaceFirst("^/org/sqlite/native", "").replace('/', '-');
            if (!name.matches("[A-Za-z0-9._-]+")) return Optional.empty();
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (!ownedAndPrivate(dir)) return Optional.empty();
            Path lib = dir.resolve(name);
            if (!Files.exists(lib, LinkOption.NOFOLLOW_LINKS)) write(resource, dir, lib);
            return Files.isRegularFile(lib, LinkOption.NOFOLLOW_LINKS) && ownedAndPrivate(lib) ? Optional.of(lib) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void write(String resource, Path dir, Path lib) throws IOException {
        Path tmp = Files.createTempFile(dir, ".sqlite-jdbc-", ".tmp");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no " + resource + " in the jar");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE); OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                in.transferTo(out);
                ch.force(true);
            }
            Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean ownedAndPrivate(Path p) throws IOException {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.owner().getName().equals(System.getProperty("user.name"))
                && a.permissions().stream().noneMatch(OTHERS_WRITE::contains);
    }
}

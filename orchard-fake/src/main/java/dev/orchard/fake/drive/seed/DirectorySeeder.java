package dev.orchard.fake.drive.seed;

import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.content.BlobStore;
import dev.orchard.fake.drive.content.PackageZip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Copies a local directory into a remote Drive: folders stay folders, files keep their mtime, and
 * directories with a package extension ({@code .pages}, {@code .key}, ...) become package items holding a ZIP.
 * Symbolic links are skipped.
 */
public final class DirectorySeeder {
    private static final Set<String> PACKAGE_EXTENSIONS = Set.of("pages", "numbers", "key", "band", "rtfd",
            "bundle", "app", "framework", "plugin", "logicx", "scriptd");

    private DirectorySeeder() {
    }

    public static boolean isPackageName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && PACKAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Copies the contents of {@code dir} below the zone root of {@code target}; returns how many items were made. */
    public static int seed(Path dir, RemoteDrive target, BlobStore blobs) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a directory: " + dir);
        return copyChildren(dir, "", target, blobs);
    }

    private static int copyChildren(Path dir, String remote, RemoteDrive target, BlobStore blobs) {
        int n = 0;
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        for (Path p : children) {
            String name = p.getFileName().toString();
            String path = remote.isEmpty() ? name : remote + "/" + name;
            try {
                if (Files.isSymbolicLink(p)) continue;
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (isPackageName(name)) {
                        target.createFile(path, blobs.write(PackageZip.ofDirectory(p)), true,
                                Files.getLastModifiedTime(p).toInstant());
                        n++;
                    } else {
                        target.createFolder(path);
                        n += 1 + copyChildren(p, path, target, blobs);
                    }
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (InputStream in = Files.newInputStream(p)) {
                        target.createFile(path, in, Files.getLastModifiedTime(p).toInstant());
                    }
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + p, e);
            }
        }
        return n;
    }
}

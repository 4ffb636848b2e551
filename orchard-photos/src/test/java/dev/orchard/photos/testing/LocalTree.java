package dev.orchard.photos.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a test sees of a library folder: relative path to file bytes' checksum, or to a link target. */
public final class LocalTree {
    private LocalTree() {
    }

    /** Regular files below {@code root/sub} (relative to {@code root}) with Apple's checksum of their bytes. */
    public static Map<String, String> files(Path root, String sub) {
        Map<String, String> out = new TreeMap<>();
        Path start = root.resolve(sub);
        if (!Files.isDirectory(start)) return out;
        try (Stream<Path> s = Files.walk(start)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                try {
                    out.put(root.relativize(p).toString(), dev.orchard.photos.download.FileFetcher.checksum(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every original, edit and Live Photo video: the files under Photos/ and Shared Library/. */
    public static Map<String, String> originals(Path root) {
        Map<String, String> out = files(root, "Photos");
        out.putAll(files(root, "Shared Library"));
        return out;
    }

    /** The links of the user's albums: those below Albums/ except the smart albums' folder. */
    public static Map<String, String> userAlbums(Path root) {
        Map<String, String> out = links(root, "Albums");
        out.keySet().removeIf(k -> k.startsWith("Albums/Smart Albums/"));
        return out;
    }

    /** Symbolic links below {@code root/sub} with the library path they point to. */
    public static Map<String, String> links(Path root, String sub) {
        Map<String, String> out = new TreeMap<>();
        Path start = root.resolve(sub);
        if (!Files.isDirectory(start)) return out;
        try (Stream<Path> s = Files.walk(start)) {
            s.filter(Files::isSymbolicLink).forEach(p -> {
                try {
                    Path target = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
                    out.put(root.relativize(p).toString(), root.relativize(target).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The mode ("rw-r--r--") of every file and folder below {@code root} but links, by relative path. */
    public static Map<String, String> modes(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !p.equals(root) && !Files.isSymbolicLink(p)).forEach(p -> {
                try {
                    out.put(root.relativize(p).toString(), java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package dev.orchard.photos.adopt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of a tree made by another tool. Which tool only names the tree in the summary: files are matched
 * by their bytes, so every folder and naming policy of either tool (date folders or none, size and id suffixes,
 * {@code -live}/{@code _HEVC} videos, edits, checksum names) is read the same way. Symbolic links (album links)
 * and the tools' own files ({@code .icloud-photos-sync}, its lock and logs, {@code .DS_Store}) are counted and left
 * alone; every other file is a candidate, names with a leading dot included (a photo may be called that in iCloud).
 * An Orchard library inside the tree is skipped.
 */
public record ForeignTree(Path root, Kind kind, List<Candidate> files, long links, long toolFiles) {
    private static final Set<String> TOOL_FILES = Set.of(".icloud-photos-sync", ".icloud-photos-sync.log",
            ".icloud-photos-sync.har", ".icloud-photos-sync.metrics", ".library.lock", ".DS_Store");

    public enum Kind {
        ICLOUDPD("icloudpd"), ICLOUD_PHOTOS_SYNC("icloud-photos-sync"), FOLDER("a folder");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** A regular file of the tree, its size and modification time when the tree was looked through. */
    public record Candidate(Path path, long size, long modified) {
        /** Whether the file is still as it was then (a tool still writing the tree would change it). */
        boolean unchanged() {
            try {
                return Files.size(path) == size && Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis() == modified;
            } catch (IOException e) {
                return false;
            }
        }
    }

    public long bytes() {
        return files.stream().mapToLong(Candidate::size).sum();
    }

    /** Walks {@code root}, leaving out {@code library} (the library being filled) when it lies inside. */
    public static ForeignTree scan(Path root, Path library) {
        if (!Files.isDirectory(root)) throw new IllegalArgumentException(root + " is not a folder");
        Path real = realPath(root);
        Path lib = realPath(library);
        if (lib != null && real.startsWith(lib)) {
            throw new IllegalArgumentException(root + " is inside the library " + library + "; give a folder outside it");
        }
        List<Candidate> files = new ArrayList<>();
        long[] links = {0};
        long[] tool = {0};
        try {
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return lib != null && d.equals(lib) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) links[0]++;
                    else if (TOOL_FILES.contains(f.getFileName().toString())) tool[0]++;
                    else if (attrs.isRegularFile()) files.add(new Candidate(f, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new ForeignTree(real, kindOf(real), List.copyOf(files), links[0], tool[0]);
    }

    static Kind kindOf(Path root) {
        if (Files.isDirectory(root.resolve("_All-Photos")) || Files.exists(root.resolve(".icloud-photos-sync"))) {
            return Kind.ICLOUD_PHOTOS_SYNC;
        }
        try (var s = Files.walk(root, 4)) {
            boolean dated = s.anyMatch(p -> root.relativize(p).toString().matches("\\d{4}/\\d{2}/\\d{2}"));
            boolean parts = !dated && Files.isDirectory(root) && hasPartOrImage(root);
            return dated || parts ? Kind.ICLOUDPD : Kind.FOLDER;
        } catch (IOException e) {
            return Kind.FOLDER;
        }
    }

    /** icloudpd's {@code --folder-structure none}: camera-named files straight in the folder. */
    private static boolean hasPartOrImage(Path root) throws IOException {
        try (var s = Files.list(root)) {
            return s.anyMatch(p -> p.getFileName().toString().matches("(?i)(IMG|VID|DSC|PXL)_.*\\.[a-z0-9]{3,4}"));
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}

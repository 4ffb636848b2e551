package dev.orchard.drive.local;

import dev.orchard.drive.options.Filters;
import dev.orchard.drive.state.PathKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scans the sync folder: size, mtime in nanoseconds and inode of every file and folder, one lstat each.
 * Symbolic links, Orchard's own temp files and trash, ineligible, hostile and filtered names are skipped.
 */
public final class LocalScanner {
    private final Path root;
    private final Filters filters;

    public LocalScanner(Path root, Filters filters) {
        this.root = root;
        this.filters = filters;
    }

    public LocalSnapshot scan() {
        Map<String, LocalEntry> entries = new HashMap<>();
        Set<String> colliding = new HashSet<>();
        Set<String> holdsSkipped = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        List<String> staleTemps = new ArrayList<>();
        if (!Files.isDirectory(root)) return new LocalSnapshot(entries, colliding, holdsSkipped, warnings, staleTemps);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) return FileVisitResult.CONTINUE;
                    return visit(dir, attrs, true) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    visit(file, attrs, false);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    warnings.add(rel(file) + ": cannot be read (" + e.getMessage() + "); left alone");
                    holdsSkipped.add(PathKeys.key(PathKeys.parent(PathKeys.nfc(rel(file)))));
                    return FileVisitResult.CONTINUE;
                }

                private boolean visit(Path p, BasicFileAttributes a, boolean dir) {
                    String fsPath = rel(p);
                    String name = p.getFileName().toString();
                    String path = PathKeys.nfc(fsPath);
                    String parentKey = PathKeys.key(PathKeys.parent(path));
                    String why = skipReason(name, path, fsPath, dir, a);
                    if (why != null) {
                        if (!dir && Names.internal(name) && name.endsWith(".part")) staleTemps.add(fsPath);
                        holdsSkipped.add(parentKey);
                        if (!why.isEmpty()) warnings.add(path + ": skipped, " + why);
                        return false;
                    }
                    String key = PathKeys.key(path);
                    LocalEntry e = new LocalEntry(path, fsPath, dir, dir ? 0 : a.size(), nanos(a), Inodes.of(a));
                    if (entries.putIfAbsent(key, e) != null) {
                        colliding.add(key);
                        warnings.add(path + ": skipped, its name differs from '" + entries.get(key).path()
                                + "' only by case or Unicode form, which iCloud cannot keep apart");
                    }
                    return true;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + root + ": " + e.getMessage(), e);
        }
        return new LocalSnapshot(entries, colliding, holdsSkipped, warnings, staleTemps);
    }

    /** Why a path is left out: null to sync it, "" to skip it silently, else the warning. */
    private String skipReason(String name, String path, String fsPath, boolean dir, BasicFileAttributes a) {
        if (Names.internal(name) || Names.systemClutter(name)) return "";
        if (a.isSymbolicLink()) return "symbolic links are not synced";
        if (notUtf8(name, fsPath)) return "its name is not valid UTF-8 (iCloud names are Unicode text); rename it to sync it";
        if (!dir && !a.isRegularFile()) return "not a regular file";
        String hostile = Names.hostile(name);
        if (hostile != null) return hostile;
        String ineligible = Names.ineligible(name, dir);
        if (ineligible != null) return ineligible;
        if (!filters.accepts(path, dir)) return "";
        return null;
    }

    /**
     * Bytes that are not UTF-8 reach Java as U+FFFD, and that decoded name no longer leads back to the file:
     * a real U+FFFD in a valid name does.
     */
    private boolean notUtf8(String name, String fsPath) {
        return name.indexOf('\uFFFD') >= 0 && !Files.exists(root.resolve(fsPath), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private String rel(Path p) {
        return root.relativize(p).toString();
    }

    public static long nanos(BasicFileAttributes a) {
        return a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}

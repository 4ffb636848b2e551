package dev.orchard.drive.options;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Include, exclude and ignore glob lists on the relative path, as iCloud-Sync-Linux has them: ignore wins
 * over include, include over exclude; with includes given, only included paths sync. A folder is always
 * descended into unless ignored or excluded itself, so an include like {@code docs/**} works.
 */
public final class Filters {
    private final List<String> include;
    private final List<String> exclude;
    private final List<String> ignore;
    private final List<PathMatcher> includeM;
    private final List<PathMatcher> excludeM;
    private final List<PathMatcher> ignoreM;

    public Filters(List<String> include, List<String> exclude, List<String> ignore) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.ignore = List.copyOf(ignore);
        this.includeM = compile(include);
        this.excludeM = compile(exclude);
        this.ignoreM = compile(ignore);
    }

    public static Filters none() {
        return new Filters(List.of(), List.of(), List.of());
    }

    private static List<PathMatcher> compile(List<String> globs) {
        return globs.stream().map(g -> {
            try {
                return FileSystems.getDefault().getPathMatcher("glob:" + g);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + g + "' is not a glob pattern (" + e.getMessage() + ")");
            }
        }).toList();
    }

    /** Whether {@code path} takes part in the sync. */
    public boolean accepts(String path, boolean folder) {
        Path p = Path.of(path);
        Path name = p.getFileName();
        if (matches(ignoreM, p, name)) return false;
        if (matches(includeM, p, name)) return true;
        if (matches(excludeM, p, name)) return false;
        return includeM.isEmpty() || folder;
    }

    private static boolean matches(List<PathMatcher> ms, Path p, Path name) {
        for (PathMatcher m : ms) {
            if (m.matches(p) || (name != null && m.matches(name))) return true;
        }
        return false;
    }

    /** Changes whenever the filter lists change (docs/protocol/drive-sync.md §3: a change forces a copy-only resync). */
    public String fingerprint() {
        String all = "i:" + String.join("\n", include) + "\ne:" + String.join("\n", exclude) + "\ng:" + String.join("\n", ignore);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

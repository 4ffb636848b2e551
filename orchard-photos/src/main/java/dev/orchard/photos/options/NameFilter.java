package dev.orchard.photos.options;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * File names the library leaves out ({@code --photos-exclude}): globs such as {@code *.AAE} or {@code IMG_*-edited.*}
 * matched against a file's name as it would be placed, ignoring case.
 */
public final class NameFilter {
    public static final NameFilter NONE = new NameFilter(List.of(), List.of());

    private final List<String> globs;
    private final List<PathMatcher> matchers;

    private NameFilter(List<String> globs, List<PathMatcher> matchers) {
        this.globs = globs;
        this.matchers = matchers;
    }

    public static NameFilter of(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String g : globs) {
            String glob = g.strip();
            if (glob.isEmpty() || glob.contains("/")) {
                throw new IllegalArgumentException("'" + g + "' is not a file name pattern (a glob on names, such as *.AAE, without '/')");
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + g + "' is not a valid glob: " + e.getDescription());
            }
        }
        return new NameFilter(List.copyOf(globs), List.copyOf(matchers));
    }

    public boolean excludes(String fileName) {
        if (matchers.isEmpty()) return false;
        Path p = Path.of(fileName.toLowerCase(Locale.ROOT));
        for (PathMatcher m : matchers) if (m.matches(p)) return true;
        return false;
    }

    public List<String> globs() {
        return globs;
    }
}

package dev.orchard.drive.apply;

import dev.orchard.drive.state.PathKeys;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * Names for conflict copies: {@code report (conflict 2026-11-22 101500).pdf}, the extension kept so apps
 * still open it (never a .tmp or ~ suffix, which iCloud would not sync), numbered when taken.
 */
public final class ConflictNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");
    private final Clock clock;

    public ConflictNames(Clock clock) {
        this.clock = clock;
    }

    /** A free path next to {@code path}; {@code taken} says whether a candidate path is in use. */
    public String next(String path, Predicate<String> taken) {
        String parent = PathKeys.parent(path);
        String name = PathKeys.name(path);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        for (int n = 1; ; n++) {
            String candidate = PathKeys.child(parent, stem + " (conflict " + stamp + (n == 1 ? "" : " " + n) + ")" + ext);
            if (!taken.test(candidate)) return candidate;
        }
    }
}

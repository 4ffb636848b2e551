package dev.orchard.drive.apply;

import dev.orchard.localfiles.NameBytes;
import dev.orchard.drive.state.PathKeys;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * Names for conflict copies: {@code report (conflict 2026-11-22 101500).pdf}, the extension kept so apps
 * still open it (never a .tmp or ~ suffix, which iCloud would not sync), numbered when taken, and the stem
 * shortened when the name would not fit the file system.
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
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        for (int n = 1; ; n++) {
            String candidate = PathKeys.child(parent,
                    NameBytes.fit("", name, " (conflict " + stamp + (n == 1 ? "" : " " + n) + ")"));
            if (!taken.test(candidate)) return candidate;
        }
    }
}

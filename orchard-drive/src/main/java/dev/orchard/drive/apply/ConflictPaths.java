package dev.orchard.drive.apply;

import dev.orchard.drive.plan.Sides;
import dev.orchard.drive.state.PathKeys;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** Conflict-copy paths of one view of a pass: free on every side and never handed out twice. */
public final class ConflictPaths {
    private final Sides sides;
    private final ConflictNames names;
    private final Set<String> claimed = new HashSet<>();

    public ConflictPaths(Sides sides, Clock clock) {
        this.sides = sides;
        this.names = new ConflictNames(clock);
    }

    synchronized String next(String path) {
        String p = names.next(path, c -> {
            String k = PathKeys.key(c);
            return claimed.contains(k) || sides.local.containsKey(k) || sides.remote.containsKey(k) || sides.base.containsKey(k);
        });
        claimed.add(PathKeys.key(p));
        return p;
    }
}

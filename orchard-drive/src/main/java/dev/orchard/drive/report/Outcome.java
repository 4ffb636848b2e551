package dev.orchard.drive.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a pass did: counts per kind of change, items left for the next pass and why, failures. Thread-safe. */
public final class Outcome {
    public enum Count { UPLOADED, DOWNLOADED, RENAMED, DELETED_LOCAL, TRASHED_REMOTE, FOLDERS, CONFLICTS, DEFERRED, FAILED }

    private final Map<Count, Integer> counts = new EnumMap<>(Count.class);
    private final List<String> problems = new ArrayList<>();

    public synchronized void count(Count c) {
        counts.merge(c, 1, Integer::sum);
    }

    public synchronized void deferred(String path, String why) {
        count(Count.DEFERRED);
        problems.add(path + ": left for the next pass, " + why);
    }

    public synchronized void failed(String path, String why) {
        count(Count.FAILED);
        problems.add(path + ": failed, " + why);
    }

    public synchronized int get(Count c) {
        return counts.getOrDefault(c, 0);
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** One line, e.g. "3 uploaded, 1 downloaded, 1 conflict kept both". */
    public synchronized String summary() {
        List<String> parts = new ArrayList<>();
        add(parts, Count.UPLOADED, "uploaded");
        add(parts, Count.DOWNLOADED, "downloaded");
        add(parts, Count.RENAMED, "renamed");
        add(parts, Count.FOLDERS, "folders created");
        add(parts, Count.DELETED_LOCAL, "deleted locally (kept in .orchard-trash)");
        add(parts, Count.TRASHED_REMOTE, "moved to the iCloud trash");
        add(parts, Count.CONFLICTS, "conflicts (both versions kept)");
        add(parts, Count.DEFERRED, "left for the next pass");
        add(parts, Count.FAILED, "failed");
        return parts.isEmpty() ? "nothing to do" : String.join(", ", parts);
    }

    private void add(List<String> parts, Count c, String label) {
        int n = counts.getOrDefault(c, 0);
        if (n > 0) parts.add(n + " " + label);
    }
}

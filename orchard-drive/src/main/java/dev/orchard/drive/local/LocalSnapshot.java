package dev.orchard.drive.local;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local tree at scan time, keyed by path key. {@code colliding} keys are names that differ only by
 * case or Unicode form (not synced, docs/protocol/drive-sync.md §5); {@code holdsSkipped} are folders holding something the
 * sync leaves alone (so they are never removed as a whole); {@code staleTemps} are partial downloads a
 * crash left behind.
 */
public record LocalSnapshot(Map<String, LocalEntry> entries, Set<String> colliding, Set<String> holdsSkipped,
                            List<String> warnings, List<String> staleTemps) {
}

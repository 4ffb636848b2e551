package dev.orchard.drive.plan;

import java.util.List;

/**
 * What a pass will do: renames first, then the per-path actions in order (folders top-down, transfers,
 * deletions bottom-up). {@code localDeletes}/{@code remoteDeletes} count tracked files each side would lose.
 */
public record Plan(List<Rename> renames, List<Action> actions, int baseFiles, int localDeletes, int remoteDeletes,
                   int localChanged, int remoteChanged, int localPresent, int remotePresent) {

    public long visibleCount() {
        return renames.size() + actions.stream().filter(a -> a.kind().visible()).count();
    }
}

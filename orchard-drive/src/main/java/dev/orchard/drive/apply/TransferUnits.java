package dev.orchard.drive.apply;

import dev.orchard.drive.plan.Action;
import dev.orchard.icloud.drive.DriveDownloader;
import dev.orchard.icloud.drive.RemoteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the parallel actions of a pass are handed to the transfer threads: small downloads in runs of a few of one zone,
 * which one thread asks download/batch for in one call and then downloads one after the other, everything else on its
 * own. So every thread always has one request in flight, and a small file costs 1 + 1/run requests instead of 2. Runs
 * are no longer than it takes to give every thread work, so a short pass still uses them all.
 */
public final class TransferUnits {
    /**
     * Downloads up to this size share a download/batch call: for them the by_id request costs as much time as the
     * transfer. Bigger ones ask by_id right before, so their URL is fresh however long the run before them took.
     */
    static final long BATCHED_MAX_BYTES = 1 << 20;

    private TransferUnits() {
    }

    /** The units of {@code actions}, in the order of their first action; {@code batch} false: one action each. */
    public static List<List<Action>> of(List<Action> actions, int threads, boolean batch) {
        int batchable = batch ? (int) actions.stream().filter(TransferUnits::batchable).count() : 0;
        int run = Math.min(DriveDownloader.BATCH, Math.ceilDiv(batchable, Math.max(1, threads)));
        List<List<Action>> units = new ArrayList<>();
        Map<String, List<Action>> filling = new HashMap<>();
        for (Action a : actions) {
            if (run <= 1 || !batchable(a)) {
                units.add(List.of(a));
                continue;
            }
            List<Action> unit = filling.computeIfAbsent(a.remote().item().zone(), z -> {
                List<Action> fresh = new ArrayList<>(run);
                units.add(fresh);
                return fresh;
            });
            unit.add(a);
            if (unit.size() == run) filling.remove(a.remote().item().zone());
        }
        return units;
    }

    static boolean batchable(Action a) {
        if (a.kind() != Action.Kind.DOWNLOAD || a.remote() == null) return false;
        RemoteItem item = a.remote().item();
        return item.size() > 0 && item.size() <= BATCHED_MAX_BYTES && item.zone() != null && item.docwsid() != null;
    }
}

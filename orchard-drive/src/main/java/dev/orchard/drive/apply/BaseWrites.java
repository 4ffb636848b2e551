package dev.orchard.drive.apply;

import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.BaseStore;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.drive.state.PendingUpdate;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The base as the steps of a pass change it: an item's row is written only after that item succeeded (and the hooks
 * hear of it), renames move rows, and a remote update in flight is journalled.
 */
public final class BaseWrites {
    private final BaseStore store;
    private final SyncHooks hooks;
    private final Clock clock;

    public BaseWrites(BaseStore store, SyncHooks hooks, Clock clock) {
        this.store = store;
        this.hooks = hooks;
        this.clock = clock;
    }

    /** Seconds since the epoch, for the rows' {@code synced_at}. */
    long now() {
        return clock.instant().getEpochSecond();
    }

    void record(BaseEntry e) {
        store.put(e);
        hooks.after(SyncHooks.Step.BASE_UPDATED, e.path());
    }

    void forget(String path) {
        store.removeTree(PathKeys.key(path));
        hooks.after(SyncHooks.Step.BASE_UPDATED, path);
    }

    Map<String, BaseEntry> loadAll() {
        return store.loadAll();
    }

    void moveTree(String from, String to, Map<String, BaseEntry> snapshot) {
        store.moveTree(from, to, snapshot);
    }

    void addPackage(String drivewsid) {
        store.addPackage(drivewsid);
    }

    List<PendingUpdate> pending() {
        return store.pending();
    }

    void addPending(PendingUpdate p) {
        store.addPending(p);
    }

    void removePending(String path) {
        store.removePending(path);
    }
}

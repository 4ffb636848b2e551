package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.state.BaseStore;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.localfiles.FolderLock;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The Drive engine's entry point: one sync folder, locked for this process, with its base open. Open it, run
 * {@link #pass} as often as wanted (the watch loop does), close it.
 */
public final class DriveFolder implements AutoCloseable {
    private final FolderLock lock;
    private final BaseStore store;
    private final DriveState state;

    private DriveFolder(FolderLock lock, BaseStore store, DriveState state) {
        this.lock = lock;
        this.store = store;
        this.state = state;
    }

    /**
     * Creates the state directory if needed (0700), takes the folder lock and opens the base.
     *
     * @throws AbortedException when another process syncs the folder
     */
    public static DriveFolder open(DriveState state, java.nio.file.Path localDir) {
        state.create();
        FolderLock lock = state.lock(localDir);
        try {
            return new DriveFolder(lock, BaseStore.open(state.base()), state);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The base was unreadable and was set aside: the first pass is a copy-only resync. */
    public boolean recreated() {
        return store.recreated();
    }

    public DriveState state() {
        return state;
    }

    /** One pass that ends after the items in flight once {@code cancelled} says so (the daemon's shutdown). */
    public PassReport pass(DriveClient client, SyncOptions options, SyncListener listener, Clock clock, BooleanSupplier cancelled) {
        return new DriveSync(client, store, options, SyncHooks.NONE, listener, clock).run(cancelled);
    }

    /**
     * One pass; setting {@code stop} (e.g. on SIGTERM) ends it after the items in flight. The pass sets it too
     * when an item fails in a way that ends the pass.
     */
    public PassReport pass(DriveClient client, SyncOptions options, SyncListener listener, Clock clock, AtomicBoolean stop) {
        return new DriveSync(client, store, options, SyncHooks.NONE, listener, clock).run(stop);
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            lock.close();
        }
    }
}

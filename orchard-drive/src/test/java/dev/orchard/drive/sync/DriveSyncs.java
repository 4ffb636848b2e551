package dev.orchard.drive.sync;

import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.state.BaseStore;
import dev.orchard.icloud.drive.DriveClient;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/** For tests outside this package: one pass over an open base with test hooks ({@link DriveSync} is the engine's own). */
public final class DriveSyncs {
    private DriveSyncs() {}

    public static PassReport pass(DriveClient client, BaseStore store, SyncOptions options, SyncHooks hooks, SyncListener listener, Clock clock) {
        return new DriveSync(client, store, options, hooks, listener, clock).run(new AtomicBoolean());
    }
}

package dev.orchard.drive.sync;

import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.state.BaseStore;

import java.nio.file.Files;
import java.util.Optional;

/**
 * What the base says about a sync folder, read without iCloud and without the lock (a sync may be running):
 * tracked files and folders, local changes waiting ({@code pending} null when the folder is missing), the last
 * pass ("&lt;instant&gt; &lt;summary&gt;", null if none) and interrupted remote updates.
 */
public record DriveStatus(int files, int folders, LocalPending pending, String lastPass, int interrupted) {
    /** Empty when the folder was never synced. */
    public static Optional<DriveStatus> read(DriveState state, SyncOptions options) {
        if (!Files.exists(state.base())) return Optional.empty();
        try (BaseStore store = BaseStore.open(state.base())) {
            LocalPending p = Files.isDirectory(options.localDir()) ? LocalPending.of(store, options) : null;
            return Optional.of(new DriveStatus(store.count(false), store.count(true), p,
                    store.meta(DriveSync.META_LAST_PASS).orElse(null), store.pending().size()));
        }
    }

    /** Local changes waiting for the next pass (the folder's base is created if it does not exist yet). */
    public static LocalPending pending(DriveState state, SyncOptions options) {
        try (BaseStore store = BaseStore.open(state.base())) {
            return LocalPending.of(store, options);
        }
    }
}

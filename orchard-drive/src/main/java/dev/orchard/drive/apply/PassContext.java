package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.local.Hashes;
import dev.orchard.drive.local.Inodes;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.plan.Sides;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.BaseStore;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.drive.DriveDownloader;
import dev.orchard.icloud.drive.DriveUploader;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;

/** Everything the appliers of one pass share. Base writes go through {@link #record} and {@link #forget}. */
public final class PassContext {
    public final LocalFiles files;
    public final DriveClient client;
    public final DriveUploader uploader;
    public final DriveDownloader downloader;
    public final BaseStore store;
    public final Sides sides;
    public final RemoteFolders folders;
    public final SyncOptions options;
    public final SyncHooks hooks;
    public final Clock clock;
    public final ConflictNames conflictNames;
    public final Outcome outcome = new Outcome();
    public final AtomicInteger downloads = new AtomicInteger();
    public final AtomicBoolean stop;
    private final BooleanSupplier cancelled;
    private final Set<String> claimed = new HashSet<>();

    public PassContext(LocalFiles files, DriveClient client, BaseStore store, Sides sides, RemoteFolders folders,
                       SyncOptions options, SyncHooks hooks, Clock clock, AtomicBoolean stop, BooleanSupplier cancelled) {
        this.files = files;
        this.client = client;
        this.uploader = new DriveUploader(client);
        this.downloader = new DriveDownloader(client);
        this.store = store;
        this.sides = sides;
        this.folders = folders;
        this.options = options;
        this.hooks = hooks;
        this.clock = clock;
        this.conflictNames = new ConflictNames(clock);
        this.stop = stop;
        this.cancelled = cancelled;
    }

    /** The pass should end: it failed in a way that stops it, or whoever runs it asked it to stop. */
    public boolean stopping() {
        return stop.get() || cancelled.getAsBoolean();
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }

    public void record(BaseEntry e) {
        store.put(e);
        hooks.after(SyncHooks.Step.BASE_UPDATED, e.path());
    }

    public void forget(String path) {
        store.removeTree(PathKeys.key(path));
        hooks.after(SyncHooks.Step.BASE_UPDATED, path);
    }

    /** The local file as it is now, or null. */
    public LocalEntry stat(String path, String fsPath) {
        return Inodes.stat(files.root(), path, fsPath);
    }

    public String shaIfWanted(LocalEntry l) {
        return options.checksums() && !l.dir() ? Hashes.sha256(files.resolve(l.fsPath())) : null;
    }

    /** A conflict-copy path free on both sides and not handed out before in this pass. */
    public synchronized String conflictPath(String path) {
        String p = conflictNames.next(path, c -> {
            String k = PathKeys.key(c);
            return claimed.contains(k) || sides.local.containsKey(k) || sides.remote.containsKey(k) || sides.base.containsKey(k);
        });
        claimed.add(PathKeys.key(p));
        return p;
    }
}

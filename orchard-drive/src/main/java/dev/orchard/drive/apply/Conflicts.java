package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.plan.Action;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.drive.options.ConflictStrategy;
import dev.orchard.drive.report.SyncHooks.Step;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.drive.MutationResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A file changed on both sides (or appeared on both). Equal content is simply adopted; otherwise the
 * strategy decides and the loser is always kept (docs/protocol/drive-sync.md §2): the iCloud version as a conflict copy
 * (keep_both), in the iCloud trash (local wins), or the local version as a conflict copy (iCloud wins).
 */
public final class Conflicts {
    private final LocalFiles files;
    private final DriveClient client;
    private final ConflictPaths conflictPaths;
    private final Outcome outcome;
    private final SyncHooks hooks;
    private final ConflictStrategy strategy;
    private final Duration tolerance;
    private final Transfers transfers;

    /** {@code tolerance}: how far apart the two modification times may be for the strategy to still apply. */
    public Conflicts(LocalFiles files, DriveClient client, ConflictPaths conflictPaths, Outcome outcome, SyncHooks hooks,
                     ConflictStrategy strategy, Duration tolerance, Transfers transfers) {
        this.files = files;
        this.client = client;
        this.conflictPaths = conflictPaths;
        this.outcome = outcome;
        this.hooks = hooks;
        this.strategy = strategy;
        this.tolerance = tolerance;
        this.transfers = transfers;
    }

    public void resolve(Action a) throws IOException {
        String path = a.path();
        LocalEntry l = a.local();
        RemoteEntry r = a.remote();
        boolean[] equal = {false};
        Path temp = transfers.sameContent(path, l, r, equal);
        try {
            if (equal[0]) {
                transfers.adopt(path, l, r.item());
                return;
            }
            switch (winner(l, r)) {
                case KEEP_BOTH -> keepBoth(path, l, r, temp);
                case PREFER_LOCAL -> {
                    if (transfers.uploadUpdate(path, l, r.item(), r.item().etag())) outcome.count(Outcome.Count.CONFLICTS);
                }
                default -> remoteWins(path, l, r, temp);
            }
            temp = null;
        } finally {
            if (temp != null) Files.deleteIfExists(temp);
        }
    }

    private ConflictStrategy winner(LocalEntry l, RemoteEntry r) {
        ConflictStrategy s = strategy;
        if (s != ConflictStrategy.PREFER_NEWER) return s;
        Instant remote = r.item().modified();
        if (remote == null) return ConflictStrategy.KEEP_BOTH;
        Duration delta = Duration.between(remote, Instant.ofEpochSecond(0, l.mtimeNs()));
        if (delta.abs().compareTo(tolerance) <= 0) return ConflictStrategy.KEEP_BOTH;
        return delta.isNegative() ? ConflictStrategy.PREFER_REMOTE : ConflictStrategy.PREFER_LOCAL;
    }

    /**
     * The iCloud version becomes {@code name (conflict ...)} on both sides, the local one keeps the name.
     * Order: local copy first, then the iCloud rename, then the upload, so a crash anywhere leaves every
     * version somewhere.
     */
    private void keepBoth(String path, LocalEntry l, RemoteEntry r, Path fetched) throws IOException {
        String copy = conflictPaths.next(path);
        Path temp = fetched != null ? fetched : transfers.fetch(copy, r);
        if (temp == null) return;
        if (!files.place(temp, copy, null)) {
            outcome.deferred(path, "its conflict copy name was taken meanwhile");
            return;
        }
        hooks.after(Step.DOWNLOAD_PLACED, copy);
        MutationResult renamed = client.rename(r.item(), PathKeys.name(copy));
        if (!renamed.ok()) {
            outcome.deferred(path, "it changed in iCloud during the pass (" + renamed.rawStatus() + "); the iCloud "
                    + "version is kept as " + copy);
            return;
        }
        hooks.after(Step.REMOTE_RENAMED, copy);
        transfers.adopt(copy, files.stat(copy, copy), renamed.item());
        outcome.count(Outcome.Count.CONFLICTS);
        transfers.uploadNew(path, l);
    }

    /** The local version becomes the conflict copy (and is uploaded); the iCloud version takes the name. */
    private void remoteWins(String path, LocalEntry l, RemoteEntry r, Path fetched) throws IOException {
        String copy = conflictPaths.next(path);
        if (!files.unchanged(path, l.fsPath(), l) || !files.rename(l.fsPath(), copy)) {
            if (fetched != null) Files.deleteIfExists(fetched);
            outcome.deferred(path, "it changed locally during the pass");
            return;
        }
        hooks.after(Step.LOCAL_RENAMED, copy);
        outcome.count(Outcome.Count.CONFLICTS);
        Path temp = fetched != null ? fetched : transfers.fetch(path, r);
        if (temp != null) transfers.placeDownload(temp, path, r, null);
        LocalEntry moved = files.stat(copy, copy);
        if (moved != null) transfers.uploadNew(copy, moved);
    }
}

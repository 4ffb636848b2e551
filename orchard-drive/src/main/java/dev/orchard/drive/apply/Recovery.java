package dev.orchard.drive.apply;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.remote.RemoteSnapshot;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.drive.state.PendingUpdate;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.drive.MutationResult;
import dev.orchard.icloud.drive.RemoteItem;

/**
 * Finishes or undoes remote updates a crash interrupted (docs/protocol/drive.md §5, docs/protocol/drive-sync.md §6), judging by what iCloud now
 * has: old version still there ⇒ the temp upload goes to the trash (the local file still holds that
 * content); old version gone ⇒ the temp takes the final name; temp already renamed ⇒ only the base is written.
 */
public final class Recovery {
    private final DriveClient client;
    private final BaseWrites base;
    private final ConflictPaths conflictPaths;
    private final Transfers transfers;

    public Recovery(DriveClient client, BaseWrites base, ConflictPaths conflictPaths, Transfers transfers) {
        this.client = client;
        this.base = base;
        this.conflictPaths = conflictPaths;
        this.transfers = transfers;
    }

    /** Returns whether anything changed in iCloud (the caller lists again). */
    public boolean run(RemoteSnapshot snapshot) {
        boolean changed = false;
        for (PendingUpdate p : base.pending()) {
            RemoteEntry temp = null;
            for (RemoteEntry t : snapshot.temps()) {
                if (t.item().docwsid().equals(p.tempDocwsid())) temp = t;
            }
            boolean oldLive = false;
            RemoteEntry at = snapshot.entries().get(PathKeys.key(p.path()));
            for (RemoteEntry e : snapshot.entries().values()) {
                if (e.item().drivewsid().equals(p.oldDrivewsid())) oldLive = true;
            }
            LocalEntry uploaded = new LocalEntry(p.path(), p.path(), false, p.localSize(), p.localMtimeNs(), p.inode());
            if (temp == null) {
                if (at != null && at.item().docwsid().equals(p.tempDocwsid())) {
                    base.record(BaseRows.file(p.path(), at.item(), uploaded, p.sha256(), base.now()));
                }
                base.removePending(p.path());
            } else if (oldLive) {
                MutationResult r = client.trash(temp.item());
                if (r.ok() || r.status() == MutationResult.Status.ID_INVALID) base.removePending(p.path());
                changed = true;
            } else if (at == null) {
                transfers.finishUpdate(p.path(), temp.item(), uploaded, p.sha256());
                changed = true;
            } else {
                RemoteItem item = temp.item();
                MutationResult r = client.rename(item, PathKeys.name(conflictPaths.next(p.path())));
                if (r.ok()) base.removePending(p.path());
                changed = true;
            }
        }
        return changed;
    }
}

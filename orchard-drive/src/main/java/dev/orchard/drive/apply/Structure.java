package dev.orchard.drive.apply;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.plan.Action;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.sync.SyncHooks.Step;
import dev.orchard.icloud.drive.MutationResult;
import dev.orchard.icloud.drive.RemoteItem;

import java.io.IOException;

/**
 * Folders and deletions, and base-only changes. Local deletions are moves into {@code .orchard-trash};
 * iCloud deletions always go to the iCloud Drive trash on condition of the etag seen in the listing.
 */
public final class Structure {
    private final PassContext c;
    private final Transfers transfers;

    public Structure(PassContext c, Transfers transfers) {
        this.c = c;
        this.transfers = transfers;
    }

    public void run(Action a) throws IOException {
        String path = a.path();
        switch (a.kind()) {
            case CREATE_LOCAL_DIR -> {
                c.files.mkdir(path);
                LocalEntry l = c.stat(path, path);
                c.record(BaseRows.dir(path, a.remote().item(), l == null ? 0 : l.inode(), c.now()));
                c.outcome.count(Outcome.Count.FOLDERS);
            }
            case CREATE_REMOTE_DIR -> {
                RemoteItem parent = c.folders.parentOf(path);
                if (parent == null) {
                    c.outcome.deferred(path, "its iCloud parent folder does not exist yet");
                    return;
                }
                RemoteItem folder = c.client.createFolder(parent, dev.orchard.drive.state.PathKeys.name(path));
                c.folders.put(path, folder);
                c.hooks.after(Step.FOLDER_CREATED, path);
                c.record(BaseRows.dir(path, folder, a.local().inode(), c.now()));
                c.outcome.count(Outcome.Count.FOLDERS);
            }
            case DELETE_LOCAL -> {
                LocalEntry l = a.local();
                if (!a.dir() && !c.files.unchanged(path, l.fsPath(), l)) {
                    c.outcome.deferred(path, "it changed locally during the pass");
                    return;
                }
                c.files.toTrash(l.fsPath());
                c.hooks.after(Step.LOCAL_TRASHED, path);
                c.forget(path);
                c.outcome.count(Outcome.Count.DELETED_LOCAL);
            }
            case TRASH_REMOTE -> {
                MutationResult r = c.client.trash(a.remote().item());
                if (!r.ok() && r.status() != MutationResult.Status.ID_INVALID) {
                    c.outcome.deferred(path, "it changed in iCloud during the pass (" + r.rawStatus() + ")");
                    return;
                }
                c.hooks.after(Step.REMOTE_TRASHED, path);
                c.folders.remove(path);
                c.forget(path);
                c.outcome.count(Outcome.Count.TRASHED_REMOTE);
            }
            case ADOPT, REFRESH -> {
                if (a.dir()) {
                    c.record(BaseRows.dir(path, a.remote().item(), a.local().inode(), c.now()));
                } else {
                    transfers.adopt(path, a.local(), a.remote().item());
                }
            }
            case DROP -> {
                BaseEntry b = a.base();
                c.forget(b.path());
            }
            default -> throw new IllegalArgumentException(a.kind() + " is not a structure change");
        }
    }
}

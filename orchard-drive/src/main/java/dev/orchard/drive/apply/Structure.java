package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.plan.Action;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.report.SyncHooks.Step;
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
            case CREATE_LOCAL_DIR -> createLocalDir(path, a.remote().item());
            case CREATE_REMOTE_DIR -> createRemoteDir(path, a.local());
            case DELETE_LOCAL -> deleteLocal(path, a.local());
            case TRASH_REMOTE -> trashRemote(path, a.remote().item());
            case REPLACE_REMOTE -> {
                if (!trashRemote(path, a.remote().item())) return;
                if (a.local().dir()) createRemoteDir(path, a.local());
                else transfers.uploadNew(path, a.local());
            }
            case REPLACE_LOCAL -> {
                if (!deleteLocal(path, a.local())) return;
                if (a.remote().dir()) createLocalDir(path, a.remote().item());
                else transfers.download(path, a.remote(), null);
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

    private void createLocalDir(String path, RemoteItem folder) throws IOException {
        c.files.mkdir(path);
        LocalEntry l = c.stat(path, path);
        c.record(BaseRows.dir(path, folder, l == null ? 0 : l.inode(), c.now()));
        c.outcome.count(Outcome.Count.FOLDERS);
    }

    private void createRemoteDir(String path, LocalEntry local) {
        RemoteItem parent = c.folders.parentOf(path);
        if (parent == null) {
            c.outcome.deferred(path, "its iCloud parent folder does not exist yet");
            return;
        }
        RemoteItem folder = c.client.createFolder(parent, dev.orchard.drive.state.PathKeys.name(path));
        c.folders.put(path, folder);
        c.hooks.after(Step.FOLDER_CREATED, path);
        c.record(BaseRows.dir(path, folder, local.inode(), c.now()));
        c.outcome.count(Outcome.Count.FOLDERS);
    }

    /** Moves a local file or folder into .orchard-trash; false (deferred) when the file changed since the scan. */
    private boolean deleteLocal(String path, LocalEntry l) throws IOException {
        if (!l.dir() && !c.files.unchanged(path, l.fsPath(), l)) {
            c.outcome.deferred(path, "it changed locally during the pass");
            return false;
        }
        c.files.toTrash(l.fsPath());
        c.hooks.after(Step.LOCAL_TRASHED, path);
        c.forget(path);
        c.outcome.count(Outcome.Count.DELETED_LOCAL);
        return true;
    }

    /** Moves an iCloud item to the iCloud trash on condition of its etag; false (deferred) when it changed. */
    private boolean trashRemote(String path, RemoteItem item) {
        MutationResult r = c.client.trash(item);
        if (!r.ok() && r.status() != MutationResult.Status.ID_INVALID) {
            c.outcome.deferred(path, "it changed in iCloud during the pass (" + r.rawStatus() + ")");
            return false;
        }
        c.hooks.after(Step.REMOTE_TRASHED, path);
        c.folders.remove(path);
        c.forget(path);
        c.outcome.count(Outcome.Count.TRASHED_REMOTE);
        return true;
    }
}

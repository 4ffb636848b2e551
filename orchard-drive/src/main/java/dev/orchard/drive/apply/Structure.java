package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.plan.Action;
import dev.orchard.drive.report.SyncHooks;
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
    private final LocalFiles files;
    private final Remote remote;
    private final BaseWrites base;
    private final Outcome outcome;
    private final SyncHooks hooks;
    private final Transfers transfers;

    public Structure(LocalFiles files, Remote remote, BaseWrites base, Outcome outcome, SyncHooks hooks, Transfers transfers) {
        this.files = files;
        this.remote = remote;
        this.base = base;
        this.outcome = outcome;
        this.hooks = hooks;
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
                    base.record(BaseRows.dir(path, a.remote().item(), a.local().inode(), base.now()));
                } else {
                    transfers.adopt(path, a.local(), a.remote().item());
                }
            }
            case DROP -> {
                BaseEntry b = a.base();
                base.forget(b.path());
            }
            default -> throw new IllegalArgumentException(a.kind() + " is not a structure change");
        }
    }

    private void createLocalDir(String path, RemoteItem folder) throws IOException {
        files.mkdir(path);
        LocalEntry l = files.stat(path, path);
        base.record(BaseRows.dir(path, folder, l == null ? 0 : l.inode(), base.now()));
        outcome.count(Outcome.Count.FOLDERS);
    }

    private void createRemoteDir(String path, LocalEntry local) {
        RemoteItem parent = remote.folders().parentOf(path);
        if (parent == null) {
            outcome.deferred(path, "its iCloud parent folder does not exist yet");
            return;
        }
        RemoteItem folder = remote.client().createFolder(parent, dev.orchard.drive.state.PathKeys.name(path));
        remote.folders().put(path, folder);
        hooks.after(Step.FOLDER_CREATED, path);
        base.record(BaseRows.dir(path, folder, local.inode(), base.now()));
        outcome.count(Outcome.Count.FOLDERS);
    }

    /** Moves a local file or folder into .orchard-trash; false (deferred) when the file changed since the scan. */
    private boolean deleteLocal(String path, LocalEntry l) throws IOException {
        if (!l.dir() && !files.unchanged(path, l.fsPath(), l)) {
            outcome.deferred(path, "it changed locally during the pass");
            return false;
        }
        files.toTrash(l.fsPath());
        hooks.after(Step.LOCAL_TRASHED, path);
        base.forget(path);
        outcome.count(Outcome.Count.DELETED_LOCAL);
        return true;
    }

    /** Moves an iCloud item to the iCloud trash on condition of its etag; false (deferred) when it changed. */
    private boolean trashRemote(String path, RemoteItem item) {
        MutationResult r = remote.client().trash(item);
        if (!r.ok() && r.status() != MutationResult.Status.ID_INVALID) {
            outcome.deferred(path, "it changed in iCloud during the pass (" + r.rawStatus() + ")");
            return false;
        }
        hooks.after(Step.REMOTE_TRASHED, path);
        remote.folders().remove(path);
        base.forget(path);
        outcome.count(Outcome.Count.TRASHED_REMOTE);
        return true;
    }
}

package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.localfiles.NameBytes;
import dev.orchard.drive.local.Hashes;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.local.Names;
import dev.orchard.drive.plan.Action;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.drive.state.PendingUpdate;
import dev.orchard.drive.report.SyncHooks.Step;
import dev.orchard.icloud.drive.DriveDownloader;
import dev.orchard.icloud.drive.DriveException;
import dev.orchard.icloud.drive.MutationResult;
import dev.orchard.icloud.drive.RemoteItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Uploads and downloads. Downloads go to a temp file, are checked and placed only if the destination is
 * still what was planned. A changed file replaces its iCloud version in the safe order of docs/protocol/drive.md §5:
 * upload under a temporary name, trash the old version on condition of its etag, rename; a journal entry
 * lets the next pass finish or undo an update a crash interrupted.
 */
public final class Transfers {
    private final PassContext c;

    public Transfers(PassContext c) {
        this.c = c;
    }

    /** Downloads {@code r} over what {@code expected} describes (null: nothing there). False: deferred. */
    public boolean download(String path, RemoteEntry r, LocalEntry expected) throws IOException {
        Path temp = fetch(path, r);
        if (temp == null) return false;
        return placeDownload(temp, path, r, expected);
    }

    /** Fetches the remote content to a temp file (mtime set); null when deferred by the per-pass cap or a package. */
    Path fetch(String path, RemoteEntry r) throws IOException {
        int cap = c.options.maxDownloads();
        if (cap > 0 && c.downloads.incrementAndGet() > cap) {
            c.outcome.deferred(path, "the per-pass download cap (" + cap + ") is reached");
            return null;
        }
        Path temp = c.files.tempFor(path);
        try {
            DriveDownloader.Result res = c.downloader.download(r.item(), temp);
            if (res.isPackage()) {
                Files.deleteIfExists(temp);
                c.store.addPackage(r.item().drivewsid());
                c.outcome.deferred(path, "it is an app package (.pages, .key, ...), which Orchard leaves alone");
                return null;
            }
            if (r.item().modified() != null) c.files.setMtime(temp, r.item().modified());
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        c.hooks.after(Step.DOWNLOAD_WRITTEN, path);
        return temp;
    }

    boolean placeDownload(Path temp, String path, RemoteEntry r, LocalEntry expected) throws IOException {
        if (!c.files.place(temp, path, expected)) {
            c.outcome.deferred(path, "it changed locally while it was downloading");
            return false;
        }
        c.hooks.after(Step.DOWNLOAD_PLACED, path);
        String fsPath = expected == null ? path : expected.fsPath();
        LocalEntry now = c.stat(path, fsPath);
        c.record(BaseRows.file(path, r.item(), now, c.shaIfWanted(now), c.now()));
        c.outcome.count(Outcome.Count.DOWNLOADED);
        return true;
    }

    /** Uploads a file iCloud does not have. False: deferred. */
    public boolean uploadNew(String path, LocalEntry l) {
        RemoteItem parent = c.folders.parentOf(path);
        if (parent == null) {
            c.outcome.deferred(path, "its iCloud folder does not exist yet");
            return false;
        }
        LocalEntry before = c.stat(path, l.fsPath());
        if (before == null || before.dir()) {
            c.outcome.deferred(path, "it changed locally since the scan");
            return false;
        }
        String sha = c.shaIfWanted(before);
        RemoteItem item;
        try {
            item = c.uploader.upload(parent, PathKeys.name(path), c.files.resolve(l.fsPath()), mtime(before), false,
                    id -> c.hooks.after(Step.UPLOAD_RESERVED, path));
        } catch (DriveException e) {
            if (e.kind() == DriveException.Kind.NAME_TAKEN) {
                c.outcome.deferred(path, "a file of that name appeared in iCloud meanwhile");
                return false;
            }
            throw e;
        }
        c.hooks.after(Step.UPLOAD_COMMITTED, path);
        c.record(BaseRows.file(path, item, before, sha, c.now()));
        c.outcome.count(Outcome.Count.UPLOADED);
        return true;
    }

    /**
     * Replaces {@code old} (expected at {@code oldEtag}) with the local file, in the safe order. False when
     * iCloud changed meanwhile: the temp upload goes to the trash and the next pass sees a conflict.
     */
    public boolean uploadUpdate(String path, LocalEntry l, RemoteItem old, String oldEtag) {
        RemoteItem parent = c.folders.parentOf(path);
        LocalEntry before = c.stat(path, l.fsPath());
        if (parent == null || before == null || before.dir()) {
            c.outcome.deferred(path, "it changed since the scan");
            return false;
        }
        String sha = c.shaIfWanted(before);
        String tempName = NameBytes.fit(Names.INTERNAL_PREFIX
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "-", PathKeys.name(path), "");
        RemoteItem temp = c.uploader.upload(parent, tempName, c.files.resolve(l.fsPath()), mtime(before), false, id -> {
            c.store.addPending(new PendingUpdate(path, id, parent.zone(), old.drivewsid(), before.size(), before.mtimeNs(),
                    before.inode(), sha));
            c.hooks.after(Step.UPLOAD_RESERVED, path);
        });
        c.hooks.after(Step.UPLOAD_COMMITTED, path);
        RemoteItem oldAt = withEtag(old, oldEtag);
        MutationResult trashed = c.client.trash(oldAt);
        if (!trashed.ok() && trashed.status() != MutationResult.Status.ID_INVALID) {
            c.client.trash(temp);
            c.store.removePending(path);
            c.outcome.deferred(path, "it changed in iCloud during the pass (" + trashed.rawStatus() + ")");
            return false;
        }
        c.hooks.after(Step.OLD_TRASHED, path);
        return finishUpdate(path, temp, before, sha);
    }

    /** Step 3 of the safe update: the temp takes the final name; used by recovery too. */
    boolean finishUpdate(String path, RemoteItem temp, LocalEntry uploaded, String sha) {
        MutationResult renamed = c.client.rename(temp, PathKeys.name(path));
        if (!renamed.ok()) {
            c.outcome.deferred(path, "its new version waits under a temporary name (" + renamed.rawStatus() + ")");
            return false;
        }
        c.hooks.after(Step.TEMP_RENAMED, path);
        c.record(BaseRows.file(path, renamed.item(), uploaded, sha, c.now()));
        c.store.removePending(path);
        c.outcome.count(Outcome.Count.UPLOADED);
        return true;
    }

    static RemoteItem withEtag(RemoteItem i, String etag) {
        return new RemoteItem(i.drivewsid(), i.docwsid(), i.zone(), i.parentId(), i.name(), i.type(), etag, i.size(), i.modified());
    }

    static Instant mtime(LocalEntry l) {
        return Instant.ofEpochSecond(0, l.mtimeNs());
    }

    /** Whether the remote content equals the local file: downloads to a temp and compares SHA-256. */
    Path sameContent(String path, LocalEntry l, RemoteEntry r, boolean[] equal) throws IOException {
        equal[0] = false;
        if (r.item().size() != l.size()) return null;
        Path temp = fetch(path, r);
        if (temp == null) return null;
        try {
            equal[0] = Hashes.sha256(temp).equals(Hashes.sha256(c.files.resolve(l.fsPath())));
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Records a path whose two sides turned out equal, if the local file is still what was examined. */
    void adopt(String path, LocalEntry l, RemoteItem item) {
        if (l == null) return;
        if (!c.files.unchanged(path, l.fsPath(), l)) {
            c.outcome.deferred(path, "it changed locally during the pass");
            return;
        }
        c.record(BaseRows.file(path, item, l, c.shaIfWanted(l), c.now()));
    }

    public void run(Action a) throws IOException {
        switch (a.kind()) {
            case DOWNLOAD -> download(a.path(), a.remote(), a.local());
            case UPLOAD_NEW -> uploadNew(a.path(), a.local());
            case UPLOAD_UPDATE -> {
                BaseEntry b = a.base();
                if (a.remote() == null || b == null) uploadNew(a.path(), a.local());
                else uploadUpdate(a.path(), a.local(), a.remote().item(), a.remote().item().etag());
            }
            default -> throw new IllegalArgumentException(a.kind() + " is not a transfer");
        }
    }
}

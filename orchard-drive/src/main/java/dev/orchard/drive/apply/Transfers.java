package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.report.SyncHooks;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads and downloads. Downloads go to a temp file, are checked and placed only if the destination is
 * still what was planned. A changed file replaces its iCloud version in the safe order of docs/protocol/drive.md §5:
 * upload under a temporary name, trash the old version on condition of its etag, rename; a journal entry
 * lets the next pass finish or undo an update a crash interrupted.
 */
public final class Transfers {
    private final LocalFiles files;
    private final Remote remote;
    private final BaseWrites base;
    private final Outcome outcome;
    private final SyncHooks hooks;
    private final int maxDownloads;
    private final boolean checksums;
    private final AtomicInteger downloads = new AtomicInteger();
    private final Map<String, DriveDownloader.ContentToken> prefetched = new ConcurrentHashMap<>();
    private final AtomicBoolean batching = new AtomicBoolean(true);

    /** {@code maxDownloads} 0: no cap; {@code checksums}: rows carry the local file's SHA-256. */
    public Transfers(LocalFiles files, Remote remote, BaseWrites base, Outcome outcome, SyncHooks hooks, int maxDownloads,
                     boolean checksums) {
        this.files = files;
        this.remote = remote;
        this.base = base;
        this.outcome = outcome;
        this.hooks = hooks;
        this.maxDownloads = maxDownloads;
        this.checksums = checksums;
    }

    /**
     * Asks download/batch for the content URLs of a unit's downloads ({@link TransferUnits}), which each download
     * then starts from. When iCloud answers none of them, the rest of the pass asks by_id file by file.
     */
    public void prefetch(List<Action> unit) {
        if (!batching.get()) return;
        List<RemoteItem> items = unit.stream().map(a -> a.remote().item()).toList();
        Map<String, DriveDownloader.ContentToken> got = remote.downloader().tokens(items);
        if (got.isEmpty()) batching.set(false);
        for (RemoteItem item : items) {
            DriveDownloader.ContentToken token = item.docwsid() == null ? null : got.get(item.docwsid());
            if (token != null) prefetched.put(prefetchKey(item), token);
        }
    }

    /** Document ids are looked up per zone, as download/batch answers them. */
    private static String prefetchKey(RemoteItem item) {
        return item.zone() + "\n" + item.docwsid();
    }

    /** Downloads {@code r} over what {@code expected} describes (null: nothing there). False: deferred. */
    public boolean download(String path, RemoteEntry r, LocalEntry expected) throws IOException {
        Path temp = fetch(path, r);
        if (temp == null) return false;
        return placeDownload(temp, path, r, expected);
    }

    /** Fetches the remote content to a temp file (mtime set); null when deferred by the per-pass cap or a package. */
    Path fetch(String path, RemoteEntry r) throws IOException {
        int cap = maxDownloads;
        if (cap > 0 && downloads.incrementAndGet() > cap) {
            outcome.deferred(path, "the per-pass download cap (" + cap + ") is reached");
            return null;
        }
        Path temp = files.tempFor(path);
        try {
            DriveDownloader.Result res = remote.downloader().download(r.item(), temp, r.item().docwsid() == null ? null : prefetched.remove(prefetchKey(r.item())));
            if (res.isPackage()) {
                Files.deleteIfExists(temp);
                base.addPackage(r.item().drivewsid());
                outcome.deferred(path, "it is an app package (.pages, .key, ...), which Orchard leaves alone");
                return null;
            }
            if (r.item().modified() != null) files.setMtime(temp, r.item().modified());
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        hooks.after(Step.DOWNLOAD_WRITTEN, path);
        return temp;
    }

    boolean placeDownload(Path temp, String path, RemoteEntry r, LocalEntry expected) throws IOException {
        if (!files.place(temp, path, expected)) {
            outcome.deferred(path, "it changed locally while it was downloading");
            return false;
        }
        hooks.after(Step.DOWNLOAD_PLACED, path);
        String fsPath = expected == null ? path : expected.fsPath();
        LocalEntry now = files.stat(path, fsPath);
        base.record(BaseRows.file(path, r.item(), now, shaIfWanted(now), base.now()));
        outcome.count(Outcome.Count.DOWNLOADED);
        return true;
    }

    /** Uploads a file iCloud does not have. False: deferred. */
    public boolean uploadNew(String path, LocalEntry l) {
        RemoteItem parent = remote.folders().parentOf(path);
        if (parent == null) {
            outcome.deferred(path, "its iCloud folder does not exist yet");
            return false;
        }
        LocalEntry before = files.stat(path, l.fsPath());
        if (before == null || before.dir()) {
            outcome.deferred(path, "it changed locally since the scan");
            return false;
        }
        String sha = shaIfWanted(before);
        RemoteItem item;
        try {
            item = remote.uploader().upload(parent, PathKeys.name(path), files.resolve(l.fsPath()), mtime(before), false,
                    id -> hooks.after(Step.UPLOAD_RESERVED, path));
        } catch (DriveException e) {
            if (e.kind() == DriveException.Kind.NAME_TAKEN) {
                outcome.deferred(path, "a file of that name appeared in iCloud meanwhile");
                return false;
            }
            throw e;
        }
        hooks.after(Step.UPLOAD_COMMITTED, path);
        base.record(BaseRows.file(path, item, before, sha, base.now()));
        outcome.count(Outcome.Count.UPLOADED);
        return true;
    }

    /**
     * Replaces {@code old} (expected at {@code oldEtag}) with the local file, in the safe order. False when
     * iCloud changed meanwhile: the temp upload goes to the trash and the next pass sees a conflict.
     */
    public boolean uploadUpdate(String path, LocalEntry l, RemoteItem old, String oldEtag) {
        RemoteItem parent = remote.folders().parentOf(path);
        LocalEntry before = files.stat(path, l.fsPath());
        if (parent == null || before == null || before.dir()) {
            outcome.deferred(path, "it changed since the scan");
            return false;
        }
        String sha = shaIfWanted(before);
        String tempName = NameBytes.fit(Names.INTERNAL_PREFIX
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "-", PathKeys.name(path), "");
        RemoteItem temp = remote.uploader().upload(parent, tempName, files.resolve(l.fsPath()), mtime(before), false, id -> {
            base.addPending(new PendingUpdate(path, id, parent.zone(), old.drivewsid(), before.size(), before.mtimeNs(),
                    before.inode(), sha));
            hooks.after(Step.UPLOAD_RESERVED, path);
        });
        hooks.after(Step.UPLOAD_COMMITTED, path);
        RemoteItem oldAt = withEtag(old, oldEtag);
        MutationResult trashed = remote.client().trash(oldAt);
        if (!trashed.ok() && trashed.status() != MutationResult.Status.ID_INVALID) {
            remote.client().trash(temp);
            base.removePending(path);
            outcome.deferred(path, "it changed in iCloud during the pass (" + trashed.rawStatus() + ")");
            return false;
        }
        hooks.after(Step.OLD_TRASHED, path);
        return finishUpdate(path, temp, before, sha);
    }

    /** Step 3 of the safe update: the temp takes the final name; used by recovery too. */
    boolean finishUpdate(String path, RemoteItem temp, LocalEntry uploaded, String sha) {
        MutationResult renamed = remote.client().rename(temp, PathKeys.name(path));
        if (!renamed.ok()) {
            outcome.deferred(path, "its new version waits under a temporary name (" + renamed.rawStatus() + ")");
            return false;
        }
        hooks.after(Step.TEMP_RENAMED, path);
        base.record(BaseRows.file(path, renamed.item(), uploaded, sha, base.now()));
        base.removePending(path);
        outcome.count(Outcome.Count.UPLOADED);
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
            equal[0] = Hashes.sha256(temp).equals(Hashes.sha256(files.resolve(l.fsPath())));
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Records a path whose two sides turned out equal, if the local file is still what was examined. */
    void adopt(String path, LocalEntry l, RemoteItem item) {
        if (l == null) return;
        if (!files.unchanged(path, l.fsPath(), l)) {
            outcome.deferred(path, "it changed locally during the pass");
            return;
        }
        base.record(BaseRows.file(path, item, l, shaIfWanted(l), base.now()));
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

    private String shaIfWanted(LocalEntry l) {
        return checksums && !l.dir() ? Hashes.sha256(files.resolve(l.fsPath())) : null;
    }
}

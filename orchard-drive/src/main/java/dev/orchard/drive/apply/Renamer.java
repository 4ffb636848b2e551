package dev.orchard.drive.apply;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.plan.Change;
import dev.orchard.drive.plan.Planner;
import dev.orchard.drive.plan.Rename;
import dev.orchard.drive.plan.Sides;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.drive.report.SyncHooks.Step;
import dev.orchard.icloud.drive.MutationResult;
import dev.orchard.icloud.drive.RemoteItem;

import java.io.IOException;

/**
 * Replays renames found by {@link dev.orchard.drive.plan.RenameDetector} on the other side and moves the
 * base with them. Each is checked again just before it runs; one that cannot be done is left out, and the
 * plan then treats it as a deletion plus a new file (nothing is lost either way). With {@code live} false
 * (dry run) only the in-memory views move.
 */
public final class Renamer {
    private final LocalFiles files;
    private final Remote remote;
    private final BaseWrites base;
    private final ConflictPaths conflictPaths;
    private final Outcome outcome;
    private final SyncHooks hooks;
    private final Sides s;
    private final boolean live;

    public Renamer(LocalFiles files, Remote remote, BaseWrites base, ConflictPaths conflictPaths, Outcome outcome, SyncHooks hooks,
                   Sides s, boolean live) {
        this.files = files;
        this.remote = remote;
        this.base = base;
        this.conflictPaths = conflictPaths;
        this.outcome = outcome;
        this.hooks = hooks;
        this.s = s;
        this.live = live;
    }

    /** Applies one rename; returns it with its final target, or null when it was not done. */
    public Rename apply(Rename r) throws IOException {
        return switch (r.kind()) {
            case BOTH -> both(r);
            case LOCAL -> local(r);
            case REMOTE -> remote(r);
            case LOCAL_ASIDE -> localAside(r);
            case REMOTE_ASIDE -> remoteAside(r);
        };
    }

    private Rename both(Rename r) {
        RemoteEntry re = s.remote.get(PathKeys.key(r.to()));
        LocalEntry le = s.local.get(PathKeys.key(r.to()));
        s.moveBase(r.from(), r.to());
        if (live) {
            base.moveTree(r.from(), r.to(), base.loadAll());
            BaseEntry b = s.base.get(PathKeys.key(r.to()));
            if (b != null && re != null && le != null) {
                Change rc = Planner.remote(re, b);
                boolean same = rc == Change.UNCHANGED || rc == Change.SAME_CONTENT;
                boolean localSame = le.size() == b.localSize() && le.mtimeNs() == b.localMtimeNs();
                BaseEntry fresh = same && localSame ? b.withEtag(re.item().etag()) : b;
                s.base.put(fresh.key(), fresh);
                base.record(fresh);
            }
            outcome.count(Outcome.Count.RENAMED);
        }
        return r;
    }

    /** Renamed in iCloud: rename the local file or folder the same way. */
    private Rename local(Rename r) throws IOException {
        LocalEntry l = s.local.get(PathKeys.key(r.from()));
        RemoteEntry re = s.remote.get(PathKeys.key(r.to()));
        if (l == null || re == null || (!sameKey(r) && s.local.containsKey(PathKeys.key(r.to())))) return null;
        if (live) {
            if (!files.rename(l.fsPath(), r.to())) return null;
            hooks.after(Step.LOCAL_RENAMED, r.to());
        }
        s.moveLocal(r.from(), r.to());
        moveBase(r, re.item(), re.item());
        return r;
    }

    /** Renamed locally: rename (and move) the iCloud item the same way, on condition of its etag. */
    private Rename remote(Rename r) {
        RemoteEntry re = s.remote.get(PathKeys.key(r.from()));
        if (re == null || (!sameKey(r) && s.remote.containsKey(PathKeys.key(r.to())))) return null;
        RemoteItem before = re.item();
        RemoteItem item = before;
        if (live) {
            RemoteItem destination = remote.folders().parentOf(r.to());
            if (destination == null) return null;
            if (!PathKeys.key(PathKeys.parent(r.from())).equals(PathKeys.key(PathKeys.parent(r.to())))) {
                MutationResult moved = remote.client().move(item, destination);
                if (!moved.ok()) return null;
                item = moved.item();
            }
            if (!item.nfcName().equals(PathKeys.name(r.to()))) {
                MutationResult renamed = remote.client().rename(item, PathKeys.name(r.to()));
                if (!renamed.ok()) return null;
                item = renamed.item();
            }
            hooks.after(Step.REMOTE_RENAMED, r.to());
            if (item.isFolder()) {
                remote.folders().remove(r.from());
                remote.folders().put(r.to(), item);
            }
        }
        s.moveRemote(r.from(), r.to(), item);
        if (r.dir() && live) renameFolderIndex(r);
        moveBase(r, before, item);
        return r;
    }

    private void renameFolderIndex(Rename r) {
        String toKey = PathKeys.key(r.to());
        for (RemoteEntry e : s.remote.values()) {
            if (e.dir() && PathKeys.within(PathKeys.key(e.path()), toKey)) remote.folders().put(e.path(), e.item());
        }
    }

    /**
     * Moves the base with a rename. The base etag follows the renamed item only if its content was what the
     * base knew ({@code before} unchanged); otherwise the old etag stays so the edit is still seen as one.
     */
    private void moveBase(Rename r, RemoteItem before, RemoteItem item) {
        BaseEntry old = s.base.get(PathKeys.key(r.from()));
        s.moveBase(r.from(), r.to());
        BaseEntry b = s.base.get(PathKeys.key(r.to()));
        if (b != null && old != null) {
            Change change = Planner.remote(new RemoteEntry(r.from(), before), old);
            if (change == Change.UNCHANGED || change == Change.SAME_CONTENT) b = b.withEtag(item.etag());
            s.base.put(b.key(), b);
        }
        if (!live) return;
        base.moveTree(r.from(), r.to(), snapshotOfStore());
        if (b != null) base.record(b);
        outcome.count(Outcome.Count.RENAMED);
    }

    private static boolean sameKey(Rename r) {
        return PathKeys.key(r.from()).equals(PathKeys.key(r.to()));
    }

    private java.util.Map<String, BaseEntry> snapshotOfStore() {
        return base.loadAll();
    }

    /** A local file sits where iCloud has a folder: the file becomes a conflict copy (a new local file). */
    private Rename localAside(Rename r) throws IOException {
        LocalEntry l = s.local.get(PathKeys.key(r.from()));
        if (l == null) return null;
        String copy = conflictPaths.next(r.from());
        if (live) {
            if (!files.rename(l.fsPath(), copy)) return null;
            hooks.after(Step.LOCAL_RENAMED, copy);
            outcome.count(Outcome.Count.CONFLICTS);
        }
        s.moveLocal(r.from(), copy);
        return new Rename(r.kind(), r.from(), copy, false);
    }

    /** An iCloud file sits where the local side has a folder: the iCloud file becomes a conflict copy. */
    private Rename remoteAside(Rename r) {
        RemoteEntry re = s.remote.get(PathKeys.key(r.from()));
        if (re == null) return null;
        String copy = conflictPaths.next(r.from());
        RemoteItem item = re.item();
        if (live) {
            MutationResult renamed = remote.client().rename(item, PathKeys.name(copy));
            if (!renamed.ok()) return null;
            item = renamed.item();
            hooks.after(Step.REMOTE_RENAMED, copy);
            outcome.count(Outcome.Count.CONFLICTS);
        }
        s.moveRemote(r.from(), copy, item);
        return new Rename(r.kind(), r.from(), copy, false);
    }
}

package dev.orchard.drive.plan;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.icloud.drive.RemoteItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The three-way reconcile of docs/protocol/drive-sync.md §1: each side is classified against the base on its own (no clock
 * is compared across machines), then the decision table picks the action. In {@code resync} mode (no usable
 * base, or the filters changed) nothing is deleted: what one side lacks is copied back.
 */
public final class Planner {
    private final Sides s;
    private final boolean resync;
    private final Function<LocalEntry, String> sha;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final Set<String> covered = new HashSet<>();
    private int localChanged;
    private int remoteChanged;
    private int localPresent;
    private int remotePresent;

    /** {@code sha} hashes a local file, or is null when checksums are off. */
    public Planner(Sides sides, boolean resync, Function<LocalEntry, String> sha) {
        this.s = sides;
        this.resync = resync;
        this.sha = sha;
    }

    public Plan plan(List<Rename> renames) {
        List<String> dirKeys = new ArrayList<>();
        for (String key : s.keys()) {
            if (s.isSkipped(key)) continue;
            LocalEntry l = s.local.get(key);
            RemoteEntry r = s.remote.get(key);
            BaseEntry b = s.base.get(key);
            boolean lDir = l != null && l.dir();
            boolean rDir = r != null && r.dir();
            if (lDir || rDir || (l == null && r == null && b != null && b.dir())) {
                dirKeys.add(key);
            } else {
                file(key, l, r, b);
            }
        }
        dirKeys.sort(Comparator.comparingInt(PathKeys::depth).reversed());
        for (String key : dirKeys) {
            LocalEntry l = s.local.get(key);
            RemoteEntry r = s.remote.get(key);
            if (l != null && r != null && l.dir() != r.dir()) typeChange(key, l, r, s.base.get(key));
            else dir(key, l, r, s.base.get(key));
        }

        int baseFiles = 0;
        int localDeletes = 0;
        int remoteDeletes = 0;
        for (BaseEntry b : s.base.values()) {
            if (b.dir()) continue;
            baseFiles++;
            Action.Kind k = asDeletion(effective(b.key()));
            if (k == Action.Kind.DELETE_LOCAL) localDeletes++;
            if (k == Action.Kind.TRASH_REMOTE) remoteDeletes++;
        }
        List<Action> ordered = new ArrayList<>(actions.values());
        ordered.sort(Comparator.comparingInt(Planner::phase)
                .thenComparingInt(a -> phase(a) == 2 ? -PathKeys.depth(a.path()) : PathKeys.depth(a.path()))
                .thenComparing(Action::path));
        return new Plan(renames, ordered, baseFiles, localDeletes, remoteDeletes, localChanged, remoteChanged,
                localPresent, remotePresent);
    }

    private static int phase(Action a) {
        return switch (a.kind()) {
            case CREATE_LOCAL_DIR, CREATE_REMOTE_DIR, REPLACE_LOCAL, REPLACE_REMOTE -> 0;
            case DELETE_LOCAL, TRASH_REMOTE -> 2;
            default -> 1;
        };
    }

    /** The action that decides a key's fate, looking through folder-wide deletions. */
    private Action.Kind effective(String key) {
        Action a = actions.get(key);
        if (a != null) return a.kind();
        for (String k = PathKeys.parent(key); ; k = PathKeys.parent(k)) {
            Action up = actions.get(k);
            if (up != null && (up.kind() == Action.Kind.REPLACE_LOCAL || up.kind() == Action.Kind.REPLACE_REMOTE
                    || up.dir() && (up.kind() == Action.Kind.DELETE_LOCAL || up.kind() == Action.Kind.TRASH_REMOTE))) {
                return up.kind();
            }
            if (k.isEmpty()) return null;
        }
    }

    /** What a synced file's fate means for the deletion limits: a replaced item is deleted on that side. */
    private static Action.Kind asDeletion(Action.Kind k) {
        if (k == Action.Kind.REPLACE_LOCAL) return Action.Kind.DELETE_LOCAL;
        if (k == Action.Kind.REPLACE_REMOTE) return Action.Kind.TRASH_REMOTE;
        return k;
    }

    /** A file on one side, a folder on the other: a clean replacement is planned; clashes were moved aside. */
    private void typeChange(String key, LocalEntry l, RemoteEntry r, BaseEntry b) {
        switch (TypeChanges.of(s, key, resync)) {
            case REPLACE_REMOTE -> {
                if (!r.dir() || wholeTree(key, Action.Kind.TRASH_REMOTE, s.remoteHoldsSkipped)) add(Action.Kind.REPLACE_REMOTE, key, l, r, b);
            }
            case REPLACE_LOCAL -> {
                if (!l.dir() || wholeTree(key, Action.Kind.DELETE_LOCAL, s.localHoldsSkipped)) add(Action.Kind.REPLACE_LOCAL, key, l, r, b);
            }
            case NONE -> { } // a clash that could not be moved aside this pass: left alone
        }
    }

    private void add(Action.Kind kind, String key, LocalEntry l, RemoteEntry r, BaseEntry b) {
        String path = l != null ? l.path() : r != null ? r.path() : b.path();
        actions.put(key, new Action(kind, path, l, r, b));
    }

    Change local(LocalEntry l, BaseEntry b) {
        if (l == null) return b == null ? Change.ABSENT : Change.DELETED;
        if (b == null || b.dir() != l.dir()) return Change.NEW;
        if (l.dir()) return Change.UNCHANGED;
        if (l.size() == b.localSize() && l.mtimeNs() == b.localMtimeNs() && l.inode() == b.inode()) {
            return sha != null && b.sha256() == null ? Change.SAME_CONTENT : Change.UNCHANGED;
        }
        if (sha != null && b.sha256() != null && l.size() == b.localSize() && b.sha256().equals(sha.apply(l))) {
            return Change.SAME_CONTENT;
        }
        return Change.CHANGED;
    }

    public static Change remote(RemoteEntry r, BaseEntry b) {
        if (r == null) return b == null ? Change.ABSENT : Change.DELETED;
        if (b == null || b.dir() != r.dir()) return Change.NEW;
        String etag = r.item().etag();
        if (etag != null && etag.equals(b.etag())) return Change.UNCHANGED;
        if (r.dir()) return Change.SAME_CONTENT;
        if (etag != null && b.etag() != null && etag.contains("::") && b.etag().contains("::")
                && RemoteItem.contentEtag(etag).equals(RemoteItem.contentEtag(b.etag())) && r.item().size() == b.remoteSize()) {
            return Change.SAME_CONTENT;
        }
        return Change.CHANGED;
    }

    private void file(String key, LocalEntry l, RemoteEntry r, BaseEntry b) {
        Change lc = local(l, b);
        Change rc = remote(r, b);
        if (b != null && !b.dir()) {
            if (lc != Change.DELETED) localPresent++;
            if (rc != Change.DELETED) remotePresent++;
            if (lc == Change.CHANGED) localChanged++;
            if (rc == Change.CHANGED) remoteChanged++;
        }
        boolean lSame = lc == Change.UNCHANGED || lc == Change.SAME_CONTENT;
        boolean rSame = rc == Change.UNCHANGED || rc == Change.SAME_CONTENT;
        boolean lMod = lc == Change.CHANGED || lc == Change.NEW;
        boolean rMod = rc == Change.CHANGED || rc == Change.NEW;
        if (lSame && rSame) {
            if (lc == Change.SAME_CONTENT || rc == Change.SAME_CONTENT) add(Action.Kind.REFRESH, key, l, r, b);
        } else if (lSame && rMod) {
            add(Action.Kind.DOWNLOAD, key, l, r, b);
        } else if (lMod && rSame) {
            add(Action.Kind.UPLOAD_UPDATE, key, l, r, b);
        } else if (lMod && rMod) {
            add(Action.Kind.CONFLICT, key, l, r, b);
        } else if (lSame && rc == Change.DELETED) {
            add(resync ? Action.Kind.UPLOAD_NEW : Action.Kind.DELETE_LOCAL, key, l, null, b);
        } else if (lMod && (rc == Change.DELETED || rc == Change.ABSENT)) {
            add(Action.Kind.UPLOAD_NEW, key, l, null, b);
        } else if (lc == Change.DELETED && rSame) {
            add(resync ? Action.Kind.DOWNLOAD : Action.Kind.TRASH_REMOTE, key, null, r, b);
        } else if ((lc == Change.DELETED || lc == Change.ABSENT) && rMod) {
            add(Action.Kind.DOWNLOAD, key, null, r, b);
        } else if (lc == Change.DELETED && rc == Change.DELETED) {
            add(Action.Kind.DROP, key, null, null, b);
        }
    }

    private void dir(String key, LocalEntry l, RemoteEntry r, BaseEntry b) {
        boolean tracked = b != null && b.dir();
        if (l != null && r != null) {
            if (!tracked) add(Action.Kind.ADOPT, key, l, r, b);
            else if (!java.util.Objects.equals(r.item().etag(), b.etag()) || l.inode() != b.inode()) add(Action.Kind.REFRESH, key, l, r, b);
        } else if (l != null) {
            if (tracked && !resync && wholeTree(key, Action.Kind.DELETE_LOCAL, s.localHoldsSkipped)) {
                add(Action.Kind.DELETE_LOCAL, key, l, null, b);
            } else {
                add(Action.Kind.CREATE_REMOTE_DIR, key, l, null, b);
            }
        } else if (r != null) {
            if (tracked && !resync && wholeTree(key, Action.Kind.TRASH_REMOTE, s.remoteHoldsSkipped)) {
                add(Action.Kind.TRASH_REMOTE, key, null, r, b);
            } else {
                add(Action.Kind.CREATE_LOCAL_DIR, key, null, r, b);
            }
        } else if (b != null) {
            add(Action.Kind.DROP, key, null, null, b);
        }
    }

    /**
     * Whether everything below the folder is being deleted the same way (or is gone on both sides), so the
     * folder can go as a whole; then the per-item actions below it are dropped.
     */
    private boolean wholeTree(String key, Action.Kind kind, Set<String> holdsSkipped) {
        String prefix = key + "/";
        List<String> below = new ArrayList<>();
        for (String k : s.keys()) {
            if (!k.startsWith(prefix)) continue;
            if (s.isSkipped(k)) return false;
            below.add(k);
        }
        if (holdsSkipped.contains(key)) return false;
        for (String k : below) {
            if (holdsSkipped.contains(k)) return false;
            if (covered.contains(k)) continue;
            Action a = actions.get(k);
            if (a == null || (a.kind() != kind && a.kind() != Action.Kind.DROP)) return false;
        }
        for (String k : below) {
            actions.remove(k);
            covered.add(k);
        }
        return true;
    }
}

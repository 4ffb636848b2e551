package dev.orchard.drive.plan;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.state.BaseEntry;

/**
 * A synced item that is a file on one side and a folder on the other. When one side still holds exactly
 * what was synced (the file unchanged, or the folder with everything in it), the other side replaced it:
 * a type change the user made ({@code rm -r x; echo a > x}), carried over by replacing the old item (to
 * that side's trash). Anything else is a clash where both changed, resolved by moving the file aside.
 * Read by {@link RenameDetector} (which leaves replacements alone) and {@link Planner} (which plans them).
 */
public final class TypeChanges {
    public enum Verdict {
        /** The local side changed type: replace the iCloud item. */
        REPLACE_REMOTE,
        /** The iCloud side changed type: replace the local item. */
        REPLACE_LOCAL,
        /** Not a clean replacement (or no clash at all). */
        NONE
    }

    private TypeChanges() {
    }

    /** In a resync nothing is deleted, so no replacement either. */
    public static Verdict of(Sides s, String key, boolean resync) {
        LocalEntry l = s.local.get(key);
        RemoteEntry r = s.remote.get(key);
        BaseEntry b = s.base.get(key);
        if (resync || l == null || r == null || b == null || l.dir() == r.dir() || s.isSkipped(key)) return Verdict.NONE;
        if (b.dir() == r.dir() && remoteAsSynced(s, key, b, r)) return Verdict.REPLACE_REMOTE;
        if (b.dir() == l.dir() && localAsSynced(s, key, b, l)) return Verdict.REPLACE_LOCAL;
        return Verdict.NONE;
    }

    private static boolean remoteAsSynced(Sides s, String key, BaseEntry b, RemoteEntry r) {
        if (!b.dir()) return unchanged(Planner.remote(r, b));
        if (s.remoteHoldsSkipped.contains(key)) return false;
        String prefix = key + "/";
        for (String k : s.keys()) {
            if (!k.startsWith(prefix)) continue;
            BaseEntry kb = s.base.get(k);
            RemoteEntry kr = s.remote.get(k);
            if (kb == null || s.isSkipped(k) || s.remoteHoldsSkipped.contains(k) || s.local.containsKey(k)) return false;
            if (kr != null && (kr.dir() != kb.dir() || !kr.dir() && !unchanged(Planner.remote(kr, kb)))) return false;
        }
        return true;
    }

    private static boolean localAsSynced(Sides s, String key, BaseEntry b, LocalEntry l) {
        if (!b.dir()) return same(l, b);
        if (s.localHoldsSkipped.contains(key) || l.inode() != b.inode()) return false;
        String prefix = key + "/";
        for (String k : s.keys()) {
            if (!k.startsWith(prefix)) continue;
            BaseEntry kb = s.base.get(k);
            LocalEntry kl = s.local.get(k);
            if (kb == null || s.isSkipped(k) || s.localHoldsSkipped.contains(k) || s.remote.containsKey(k)) return false;
            if (kl != null && (kl.dir() != kb.dir() || !kl.dir() && !same(kl, kb))) return false;
        }
        return true;
    }

    private static boolean unchanged(Change c) {
        return c == Change.UNCHANGED || c == Change.SAME_CONTENT;
    }

    private static boolean same(LocalEntry l, BaseEntry b) {
        return l.dir() == b.dir() && l.size() == b.localSize() && l.mtimeNs() == b.localMtimeNs() && l.inode() == b.inode();
    }
}

package dev.orchard.drive.plan;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.PathKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds renames and moves (docs/protocol/drive-sync.md §4): remotely by drivewsid, locally by inode with unchanged size and
 * mtime. A folder's rename covers everything inside it. Also finds file/folder clashes, which are resolved
 * by moving the file aside, unless one side simply replaced a synced item ({@link TypeChanges}). Detection
 * only reads {@link Sides}.
 */
public final class RenameDetector {
    private RenameDetector() {
    }

    public static List<Rename> detect(Sides s, boolean resync) {
        Map<String, RemoteEntry> remoteById = new HashMap<>();
        for (RemoteEntry r : s.remote.values()) remoteById.put(r.item().drivewsid(), r);
        Map<Long, BaseEntry> baseByInode = new HashMap<>();
        for (BaseEntry b : s.base.values()) if (b.inode() != 0) baseByInode.put(b.inode(), b);

        List<Rename> found = new ArrayList<>();
        List<BaseEntry> bases = new ArrayList<>(s.base.values());
        bases.sort(Comparator.comparingInt((BaseEntry b) -> PathKeys.depth(b.path())).thenComparing(BaseEntry::path));
        for (BaseEntry b : bases) {
            if (s.isSkipped(b.key()) || b.drivewsid() == null) continue;
            RemoteEntry r = remoteById.get(b.drivewsid());
            if (r == null || r.dir() != b.dir()) continue;
            String to = PathKeys.key(r.path());
            if (to.equals(b.key()) || s.isSkipped(to) || covered(found, b.path(), r.path())) continue;
            LocalEntry atOld = s.local.get(b.key());
            LocalEntry atNew = s.local.get(to);
            if (atNew != null && atNew.inode() == b.inode() && atNew.dir() == b.dir()) {
                found.add(new Rename(Rename.Kind.BOTH, b.path(), r.path(), b.dir()));
            } else if (atOld != null && atOld.dir() == b.dir() && atNew == null) {
                found.add(new Rename(Rename.Kind.LOCAL, b.path(), r.path(), b.dir()));
            }
        }
        for (BaseEntry b : bases) {
            if (s.isSkipped(b.key()) || covered(found, b.path(), b.path())) continue;
            LocalEntry l = s.local.get(b.key());
            RemoteEntry r = s.remote.get(b.key());
            if (l == null || r == null || l.inode() != b.inode() || !r.item().drivewsid().equals(b.drivewsid())) continue;
            boolean localCase = !l.path().equals(b.path());
            boolean remoteCase = !r.path().equals(b.path());
            if (localCase && !remoteCase) found.add(new Rename(Rename.Kind.REMOTE, b.path(), l.path(), b.dir()));
            if (remoteCase && !localCase) found.add(new Rename(Rename.Kind.LOCAL, b.path(), r.path(), b.dir()));
        }
        List<LocalEntry> locals = new ArrayList<>(s.local.values());
        locals.sort(Comparator.comparingInt((LocalEntry l) -> PathKeys.depth(l.path())).thenComparing(LocalEntry::path));
        for (LocalEntry l : locals) {
            String to = PathKeys.key(l.path());
            BaseEntry b = baseByInode.get(l.inode());
            if (b == null || b.key().equals(to) || b.dir() != l.dir() || s.isSkipped(to) || s.isSkipped(b.key())) continue;
            if (!l.dir() && (l.size() != b.localSize() || l.mtimeNs() != b.localMtimeNs())) continue;
            if (s.local.containsKey(b.key()) || covered(found, b.path(), l.path())) continue;
            RemoteEntry r = s.remote.get(b.key());
            if (r == null || !r.item().drivewsid().equals(b.drivewsid()) || s.remote.containsKey(to)) continue;
            found.add(new Rename(Rename.Kind.REMOTE, b.path(), l.path(), b.dir()));
        }
        for (LocalEntry l : locals) {
            String key = PathKeys.key(l.path());
            RemoteEntry r = s.remote.get(key);
            if (r == null || r.dir() == l.dir() || s.isSkipped(key) || touched(found, l.path())) continue;
            if (TypeChanges.of(s, key, resync) != TypeChanges.Verdict.NONE) continue; // a replacement, planned later
            found.add(l.dir() ? new Rename(Rename.Kind.REMOTE_ASIDE, r.path(), null, false)
                    : new Rename(Rename.Kind.LOCAL_ASIDE, l.path(), null, false));
        }
        return found;
    }

    /** Whether an earlier folder rename already carries {@code from} to {@code to}. */
    private static boolean covered(List<Rename> found, String from, String to) {
        for (Rename f : found) {
            if (!f.dir() || f.to() == null) continue;
            if (PathKeys.within(PathKeys.key(from), PathKeys.key(f.from()))
                    && PathKeys.within(PathKeys.key(to), PathKeys.key(f.to()))) return true;
        }
        return false;
    }

    private static boolean touched(List<Rename> found, String path) {
        String k = PathKeys.key(path);
        for (Rename f : found) {
            if (PathKeys.key(f.from()).equals(k) || (f.to() != null && PathKeys.key(f.to()).equals(k))) return true;
        }
        return false;
    }
}

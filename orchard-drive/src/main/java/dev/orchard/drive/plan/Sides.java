package dev.orchard.drive.plan;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.PathKeys;
import dev.orchard.icloud.drive.RemoteItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three views of one pass, keyed by path key: base, local and remote. Renames rewrite them in place so
 * that planning afterwards sees both sides under the same names. {@code skipped} keys (name clashes, folders
 * whose listing failed) and everything under them take no part in the pass.
 */
public final class Sides {
    public final Map<String, BaseEntry> base;
    public final Map<String, LocalEntry> local;
    public final Map<String, RemoteEntry> remote;
    public final Set<String> skipped;
    public final Set<String> localHoldsSkipped;
    public final Set<String> remoteHoldsSkipped;

    public Sides(Map<String, BaseEntry> base, Map<String, LocalEntry> local, Map<String, RemoteEntry> remote,
                 Set<String> skipped, Set<String> localHoldsSkipped, Set<String> remoteHoldsSkipped) {
        this.base = base;
        this.local = local;
        this.remote = remote;
        this.skipped = skipped;
        this.localHoldsSkipped = localHoldsSkipped;
        this.remoteHoldsSkipped = remoteHoldsSkipped;
    }

    /** An independent copy, for planning a pass before doing it. */
    public Sides copy() {
        return new Sides(new java.util.HashMap<>(base), new java.util.HashMap<>(local), new java.util.HashMap<>(remote),
                skipped, localHoldsSkipped, remoteHoldsSkipped);
    }

    public boolean isSkipped(String key) {
        if (skipped.isEmpty()) return false;
        for (String k = key; ; k = PathKeys.parent(k)) {
            if (skipped.contains(k)) return true;
            if (k.isEmpty()) return false;
        }
    }

    /** Every key any side knows. */
    public Set<String> keys() {
        Set<String> all = new HashSet<>(base.keySet());
        all.addAll(local.keySet());
        all.addAll(remote.keySet());
        return all;
    }

    /** The local entries at and below {@code from} now live at {@code to} (on disk too: {@code to} is NFC). */
    public void moveLocal(String from, String to) {
        String fromKey = PathKeys.key(from);
        LocalEntry top = local.get(fromKey);
        int fsPrefix = top == null ? from.length() : top.fsPath().length();
        for (LocalEntry e : under(local, fromKey)) {
            local.remove(PathKeys.key(e.path()));
            String rest = e.path().substring(from.length());
            local.put(PathKeys.key(to + rest), new LocalEntry(to + rest, to + e.fsPath().substring(fsPrefix), e.dir(),
                    e.size(), e.mtimeNs(), e.inode()));
        }
    }

    public void moveRemote(String from, String to, RemoteItem top) {
        String fromKey = PathKeys.key(from);
        for (RemoteEntry e : under(remote, fromKey)) {
            remote.remove(PathKeys.key(e.path()));
            String rest = e.path().substring(from.length());
            RemoteItem item = rest.isEmpty() && top != null ? top : e.item();
            remote.put(PathKeys.key(to + rest), new RemoteEntry(to + rest, item));
        }
    }

    public void moveBase(String from, String to) {
        String fromKey = PathKeys.key(from);
        for (BaseEntry e : under(base, fromKey)) {
            base.remove(e.key());
            BaseEntry moved = e.withPath(to + e.path().substring(from.length()));
            base.put(moved.key(), moved);
        }
    }

    private static <T> List<T> under(Map<String, T> m, String key) {
        List<T> out = new ArrayList<>();
        T self = m.get(key);
        if (self != null) out.add(self);
        String prefix = key + "/";
        for (Map.Entry<String, T> e : m.entrySet()) {
            if (e.getKey().startsWith(prefix)) out.add(e.getValue());
        }
        return out;
    }
}

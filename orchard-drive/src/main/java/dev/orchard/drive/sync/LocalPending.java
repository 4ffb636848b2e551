package dev.orchard.drive.sync;

import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.local.LocalScanner;
import dev.orchard.drive.local.LocalSnapshot;
import dev.orchard.drive.plan.Change;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.drive.state.BaseStore;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Local changes not yet synced, from a scan against the base alone (no iCloud call): for status and no-remote mode. */
public record LocalPending(int added, int changed, int deleted, int trackedFiles, int trackedFolders) {

    static LocalPending of(BaseStore store, SyncOptions options) {
        LocalSnapshot snap = new LocalScanner(options.localDir().toAbsolutePath().normalize(), options.filters()).scan();
        Map<String, BaseEntry> base = store.loadAll();
        int added = 0;
        int changed = 0;
        int deleted = 0;
        Set<String> keys = new HashSet<>(base.keySet());
        keys.addAll(snap.entries().keySet());
        for (String k : keys) {
            LocalEntry l = snap.entries().get(k);
            BaseEntry b = base.get(k);
            if ((l != null && l.dir()) || (l == null && b != null && b.dir())) continue;
            Change c = l == null ? (b == null ? Change.ABSENT : Change.DELETED)
                    : b == null || b.dir() ? Change.NEW
                    : l.size() == b.localSize() && l.mtimeNs() == b.localMtimeNs() && l.inode() == b.inode() ? Change.UNCHANGED
                    : Change.CHANGED;
            switch (c) {
                case NEW -> added++;
                case CHANGED -> changed++;
                case DELETED -> deleted++;
                default -> { }
            }
        }
        return new LocalPending(added, changed, deleted, store.count(false), store.count(true));
    }

    public int total() {
        return added + changed + deleted;
    }
}

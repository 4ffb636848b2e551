package dev.orchard.photos.xmp;

import dev.orchard.photos.options.XmpNaming;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.localfiles.DurableFiles;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.SidecarStore;
import dev.orchard.photos.state.SidecarStore.Described;
import dev.orchard.photos.state.SidecarStore.Sidecar;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.options.DeletedPolicy;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.Counter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the sidecars match the state: every asset with a file in the library gets one sidecar per file (or per
 * name stem), written again only when what it says changed (the digest in {@code sidecars}), so a favourite set on
 * the phone costs a few hundred bytes and no download. Sidecars of assets that left go the way their files went
 * (the local trash, or deleted under {@code --photos-deleted delete}); those of kept files stay as they are. With
 * XMP turned off (OFF) every sidecar Orchard wrote goes to the local trash. Runs before the dirty assets are
 * settled, so a sync that changed a few assets looks at those only.
 */
public final class SidecarWriter {
    private static final int PAGE = 500;

    private final Stores stores;
    private final SidecarStore sidecars;
    private final LibraryPaths paths;
    private final XmpNaming naming;
    private final DeletedPolicy deleted;
    private final Trash trash;
    private final SyncReport report;
    private final SyncListener listener;
    private final Map<String, Map<String, String>> subjects = new HashMap<>();

    public SidecarWriter(Stores stores, LibraryPaths paths, XmpNaming naming, DeletedPolicy deleted, Trash trash,
                         SyncReport report, SyncListener listener) {
        this.stores = stores;
        this.sidecars = new SidecarStore(stores.db());
        this.paths = paths;
        this.naming = naming;
        this.deleted = deleted;
        this.trash = trash;
        this.report = report;
        this.listener = listener;
    }

    /** Whether any sidecar is recorded (a library that turns XMP off has some to put away). */
    public static boolean any(Stores stores) {
        return stores.db().tx(db -> new SidecarStore(db).count() > 0);
    }

    /** Every asset with files, or with {@code onlyDirty} those not yet settled (nothing else can have changed). */
    public void run(boolean onlyDirty) {
        if (naming == XmpNaming.OFF) {
            for (Sidecar s : stores.db().tx(db -> sidecars.all())) stores.db().txRun(db -> retire(s, DeletedPolicy.TRASH));
            return;
        }
        String[] after = {"", ""};
        while (true) {
            List<String[]> page = stores.db().tx(db -> sidecars.assetsWithFiles(after[0], after[1], PAGE, onlyDirty));
            if (page.isEmpty()) break;
            Map<String, List<String>> byZone = new LinkedHashMap<>();
            for (String[] a : page) byZone.computeIfAbsent(a[0], z -> new ArrayList<>()).add(a[1]);
            stores.db().txRun(db -> {
                for (Map.Entry<String, List<String>> e : byZone.entrySet()) zonePage(e.getKey(), e.getValue());
            });
            String[] last = page.get(page.size() - 1);
            after[0] = last[0];
            after[1] = last[1];
        }
        for (Sidecar s : stores.db().tx(db -> sidecars.orphans())) stores.db().txRun(db -> retire(s, deleted));
    }

    private void zonePage(String zone, List<String> ids) throws SQLException {
        Map<String, List<FileRecord>> files = stores.files().ofAssets(zone, ids);
        Map<String, Described> described = sidecars.described(zone, ids);
        Map<String, List<String>> albums = sidecars.albums(zone, ids);
        Map<String, List<Sidecar>> existing = sidecars.ofAssets(zone, ids);
        for (String id : ids) {
            Described d = described.get(id);
            if (d == null) continue;
            List<FileRecord> own = files.getOrDefault(id, List.of()).stream().filter(f -> !f.role().rendition()).toList();
            boolean kept = own.stream().anyMatch(f -> f.state() == FileState.KEPT);
            List<String> present = own.stream().filter(f -> f.state() == FileState.PRESENT).map(FileRecord::path).toList();
            if (present.isEmpty()) continue;
            SidecarFacts facts = new SidecarFacts(id, d.assetDate(), d.timeZoneOffset(), d.favorite(), d.hidden(), d.video(), d.meta(),
                    subjectsOf(zone, albums.getOrDefault(id, List.of())));
            asset(zone, id, facts, present, existing.getOrDefault(id, List.of()), kept);
        }
    }

    private void asset(String zone, String id, SidecarFacts facts, List<String> files, List<Sidecar> had, boolean kept)
            throws SQLException {
        Map<String, Sidecar> mine = new HashMap<>();
        had.forEach(s -> mine.put(s.path(), s));
        Set<String> wanted = new HashSet<>();
        String digest = facts.digest();
        byte[] packet = null;
        for (String file : files) {
            String path = place(zone, id, file, mine);
            if (path == null || !wanted.add(path)) continue;
            Sidecar s = mine.get(path);
            if (s != null && s.digest().equals(digest)) continue;
            if (packet == null) packet = XmpPacket.of(facts);
            write(path, packet);
            sidecars.put(path, zone, id, digest);
            report.add(Counter.SIDECARS, 1);
        }
        if (kept) return;
        for (Sidecar s : had) {
            if (!wanted.contains(s.path())) retire(s, deleted);
        }
    }

    /**
     * Where the sidecar of {@code file} goes: its name under the naming, else (a stem another asset's sidecar or
     * a file already has) the full name; null, with a warning, when both are taken.
     */
    private String place(String zone, String id, String file, Map<String, Sidecar> mine) throws SQLException {
        String preferred = naming.sidecarOf(file);
        if (mine.containsKey(preferred) || free(id, preferred)) return preferred;
        String full = XmpNaming.FULL.sidecarOf(file);
        if (mine.containsKey(full) || free(id, full)) return full;
        listener.warning("no XMP sidecar for " + file + ": " + preferred + " and " + full + " are taken by other files");
        return null;
    }

    private boolean free(String id, String path) throws SQLException {
        Sidecar holder = sidecars.holder(path);
        if (holder != null) return holder.assetId().equals(id);
        if (stores.files().holder(path) != null) return false;
        Path p = paths.resolve(path);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return true;
        // A sidecar this asset's last run wrote before it could record it (or a state rebuilt): ours to replace.
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > 1_000_000) return false;
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return text.contains(XmpPacket.NS_ICLOUD) && text.contains(id);
        } catch (IOException e) {
            return false;
        }
    }

    private void write(String path, byte[] packet) {
        Path target = paths.resolve(path);
        try {
            // Not Files.createTempFile: its mode 0600 would stay with the sidecar, and the library is for everyone to read.
            Path temp = paths.partialDirectory().resolve("xmp-" + java.util.UUID.randomUUID() + ".tmp");
            DurableFiles.replace(target, temp, packet);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP sidecar " + path + ": " + e.getMessage(), e);
        }
    }

    private void retire(Sidecar s, DeletedPolicy policy) throws SQLException {
        try {
            if (policy == DeletedPolicy.DELETE) {
                Path p = paths.resolve(s.path());
                Files.deleteIfExists(p);
                DurableFiles.pruneEmptyParents(p.getParent(), paths.root());
            } else {
                trash.put(s.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the XMP sidecar " + s.path() + " out of the library: " + e.getMessage(), e);
        }
        sidecars.delete(s.path());
        report.add(Counter.SIDECARS_REMOVED, 1);
    }

    /** Album paths for lr:hierarchicalSubject: folder names, then the album's, joined by '|' (a '|' in a name becomes '/'). */
    private List<String> subjectsOf(String zone, List<String> albumIds) throws SQLException {
        Map<String, String> names = subjects.get(zone);
        if (names == null) {
            names = albumSubjects(stores.albums().all(zone));
            subjects.put(zone, names);
        }
        List<String> out = new ArrayList<>();
        for (String a : albumIds) {
            String s = names.get(a);
            if (s != null) out.add(s);
        }
        out.sort(null);
        return out;
    }

    static Map<String, String> albumSubjects(List<Album> all) {
        Map<String, Album> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.recordName(), a));
        Map<String, String> out = new HashMap<>();
        for (Album a : all) {
            if (!a.visible() || a.folder()) continue;
            StringBuilder b = new StringBuilder(label(a));
            Set<String> seen = new HashSet<>();
            seen.add(a.recordName());
            for (Album p = byId.get(a.parentId()); p != null && p.visible() && seen.add(p.recordName()); p = byId.get(p.parentId())) {
                b.insert(0, label(p) + "|");
            }
            out.put(a.recordName(), b.toString());
        }
        return out;
    }

    private static String label(Album a) {
        String n = a.name() == null || a.name().isBlank() ? (a.folder() ? "Untitled folder" : "Untitled album") : a.name().strip();
        return n.replace('|', '/');
    }
}

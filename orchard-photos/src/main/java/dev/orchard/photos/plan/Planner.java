package dev.orchard.photos.plan;

import dev.orchard.localfiles.DurableFiles;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.download.DownloadItem;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.options.DeletedPolicy;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Walks the dirty assets and makes the disk match: files of assets that left (or versions that were
 * replaced) go to the local trash per the deletion policy, files whose place changed are renamed, and
 * missing files are claimed and handed to the downloader. iCloud's renditions (thumbnails and previews) are
 * planned in a second walk, so their downloads queue behind the library's own files; they are cached copies,
 * so one that is no longer wanted is deleted rather than trashed. A dry run changes nothing and only counts.
 */
public final class Planner {
    static final int BATCH = 200;
    /** The first batch is this small, and each next one twice as big up to {@link #BATCH}, so downloads start early. */
    static final int FIRST_BATCH = 16;
    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    private final Stores stores;
    private final LibraryPaths paths;
    private final SyncOptions options;
    private final Selection selection;
    private final Trash trash;
    private final SyncReport report;
    private final SyncListener listener;
    private final Layout layout;

    public Planner(Stores stores, LibraryPaths paths, SyncOptions options, Selection selection, Trash trash,
                   SyncReport report, SyncListener listener) {
        this.stores = stores;
        this.paths = paths;
        this.options = options;
        this.selection = selection;
        this.trash = trash;
        this.report = report;
        this.listener = listener;
        this.layout = new Layout(stores.files(), paths, options.layout(), options.edits(), options.live(), options.excludeNames());
    }

    /** Where this planner puts files ({@link Placement} asks it without planning). */
    Layout layout() {
        return layout;
    }

    /** Plans every dirty asset; downloads go to {@code downloads} once their paths are claimed and committed. */
    public void run(Consumer<DownloadItem> downloads) {
        walk(downloads, false);
    }

    /** Plans the renditions of every dirty asset (removing those no longer wanted), after {@link #run}. */
    public void runRenditions(Consumer<DownloadItem> downloads) {
        walk(downloads, true);
    }

    private void walk(Consumer<DownloadItem> downloads, boolean renditions) {
        StoredAsset[] cursor = {null};
        int size = FIRST_BATCH;
        while (true) {
            int n = size;
            size = Math.min(BATCH, size * 2);
            List<StoredAsset> batch = stores.db().tx(db -> stores.assets().dirtyBatch(cursor[0], n));
            if (batch.isEmpty()) return;
            List<DownloadItem> items = stores.db().tx(db -> {
                Map<String, Map<String, List<FileRecord>>> files = new HashMap<>();
                for (StoredAsset s : batch) files.computeIfAbsent(s.zone(), z -> new HashMap<>());
                for (Map.Entry<String, Map<String, List<FileRecord>>> e : files.entrySet()) {
                    List<String> ids = batch.stream().filter(s -> s.zone().equals(e.getKey())).map(s -> s.asset().recordName()).toList();
                    e.getValue().putAll(stores.files().ofAssets(e.getKey(), ids));
                }
                List<DownloadItem> out = new ArrayList<>();
                boolean pins = ArchiveStore.anyPinned(db);
                boolean changed = false;
                for (StoredAsset s : batch) {
                    // An archived asset's files stay exactly as the archive verified them, whatever iCloud does.
                    if (pins && ArchiveStore.pinned(db, s.zone(), s.asset().recordName())) continue;
                    List<FileRecord> rows = files.get(s.zone()).getOrDefault(s.asset().recordName(), List.of()).stream()
                            .filter(f -> f.role().rendition() == renditions).toList();
                    changed |= planAsset(s, rows, out, renditions);
                }
                if (changed && !renditions) stores.markAlbumsDirty();
                return out;
            });
            for (DownloadItem i : items) {
                report.add(Counter.PLANNED_FILES, 1);
                report.add(Counter.PLANNED_BYTES, Math.max(0, i.size()));
                if (!options.dryRun()) downloads.accept(i);
            }
            cursor[0] = batch.get(batch.size() - 1);
        }
    }

    /** Plans one asset's files; returns whether its files changed (album folders then need rebuilding). */
    private boolean planAsset(StoredAsset s, List<FileRecord> rows, List<DownloadItem> downloads, boolean renditions)
            throws SQLException {
        String zone = s.zone();
        String id = s.asset().recordName();
        PhotoAsset pa = s.photoAsset();
        if (pa == null && !s.removed() && !s.asset().trashed()) {
            String w = "asset " + id + " in " + zone + " has no master record yet; it will be fetched on a later run";
            LOG.debug(w);
            return false;
        }
        boolean wanted = selection.selected(s);
        Map<ResourceRole, FileRecord> existing = new EnumMap<>(ResourceRole.class);
        rows.forEach(f -> existing.put(f.role(), f));
        Map<ResourceRole, Boolean> adopted = new EnumMap<>(ResourceRole.class);
        Map<ResourceRole, PlannedFile> desired = !wanted ? Map.of()
                : !renditions ? layout.plan(zone, pa, rows, adopted)
                : options.thumbnails() ? layout.renditions(zone, pa, adopted) : Map.of();
        boolean changed = false;
        Map<ResourceRole, FileRecord> stillOwned = new EnumMap<>(existing);
        for (FileRecord f : existing.values()) {
            PlannedFile want = desired.get(f.role());
            boolean superseded = want != null && !FileChecksum.same(f.checksum(), want.resource().checksum())
                    && !f.checksum().equals(want.resource().checksum());
            if (want == null || superseded) {
                changed |= retire(f, superseded);
                FileRecord kept = stores.files().holder(f.path());
                if (kept == null) stillOwned.remove(f.role());
                else stillOwned.put(f.role(), kept);
            }
        }
        for (Map.Entry<ResourceRole, PlannedFile> e : desired.entrySet()) {
            PlannedFile want = e.getValue();
            FileRecord have = stillOwned.get(e.getKey());
            if (have == null) {
                boolean adopt = adopted.containsKey(e.getKey());
                boolean verifiable = FileChecksum.verifiable(want.resource().checksum());
                stores.files().claim(new FileRecord(want.path(), zone, id, e.getKey(), want.resource().checksum(),
                        want.resource().size(), adopt ? FileState.PRESENT : FileState.PLANNED, adopt && verifiable, null));
                changed = true;
                if (adopt) {
                    report.add(Counter.ADOPTED, 1);
                    setModified(want.path(), pa.asset().assetDate());
                } else {
                    downloads.add(item(zone, pa, e.getKey(), want));
                }
                continue;
            }
            if (!have.path().equals(want.path())) {
                relocate(have, want.path());
                changed = true;
                have = stores.files().holder(want.path());
            }
            if (have.state() == FileState.PLANNED || !onDisk(have)) {
                if (have.state() != FileState.PLANNED) stores.files().setState(have.path(), FileState.PLANNED, false, null);
                downloads.add(item(zone, pa, e.getKey(), want));
                changed = true;
            } else if (have.state() == FileState.KEPT) {
                stores.files().setState(have.path(), FileState.PRESENT, have.verified(), null);
            }
        }
        return changed;
    }

    private DownloadItem item(String zone, PhotoAsset pa, ResourceRole role, PlannedFile want) {
        String owner = want.resource().role().onAsset() ? pa.asset().recordName() : pa.master().recordName();
        return new DownloadItem(zone, pa.id(), owner, want.resource(), want.path(), pa.asset().assetDate());
    }

    private boolean onDisk(FileRecord f) {
        return Placement.onDisk(paths, f);
    }

    /**
     * Takes a file out of the library: replaced versions always go to the trash (or are deleted under the
     * delete policy); files of assets that left follow the deletion policy. Returns whether the disk changed.
     */
    private boolean retire(FileRecord f, boolean superseded) throws SQLException {
        if (f.state() == FileState.PLANNED) {
            stores.files().delete(f.path());
            return false;
        }
        DeletedPolicy policy = options.deleted();
        if (!superseded && policy == DeletedPolicy.KEEP) {
            if (f.state() != FileState.KEPT) {
                stores.files().setState(f.path(), FileState.KEPT, f.verified(), null);
                if (!f.role().rendition()) report.add(Counter.KEPT, 1);
            }
            return false;
        }
        if (f.role().rendition()) {
            if (!options.dryRun()) deleteRendition(f.path());
            stores.files().delete(f.path());
            return true;
        }
        if (!options.dryRun()) {
            try {
                if (policy == DeletedPolicy.DELETE) {
                    Path p = paths.resolve(f.path());
                    Files.deleteIfExists(p);
                    DurableFiles.pruneEmptyParents(p.getParent(), paths.root());
                } else {
                    trash.put(f.path());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + f.path() + " out of the library: " + e.getMessage(), e);
            }
        }
        report.add(policy == DeletedPolicy.DELETE ? Counter.DELETED : Counter.TRASHED, 1);
        stores.files().delete(f.path());
        return true;
    }

    private void deleteRendition(String path) {
        try {
            Files.deleteIfExists(paths.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the rendition " + path + ": " + e.getMessage(), e);
        }
    }

    private void relocate(FileRecord f, String to) throws SQLException {
        if (f.state() != FileState.PLANNED && !options.dryRun()) {
            Path from = paths.resolve(f.path());
            try {
                if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    DurableFiles.move(from, paths.resolve(to), false, paths.modes());
                    DurableFiles.pruneEmptyParents(from.getParent(), paths.root());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + f.path() + " to " + to + ": " + e.getMessage(), e);
            }
        }
        stores.files().move(f.path(), to);
        report.add(Counter.MOVED, 1);
    }

    private void setModified(String path, long millis) {
        if (options.dryRun()) return;
        try {
            DurableFiles.setModified(paths.resolve(path), millis);
        } catch (IOException e) {
            listener.warning("cannot set the date of " + path + ": " + e.getMessage());
        }
    }

    /** A first guess of what is to download, for the progress bar, before planning refines it. */
    public long[] estimate() {
        String roles = (options.edits() ? "" : " AND r.role NOT IN ('EDITED', 'EDITED_VIDEO')")
                + (options.thumbnails() ? " AND r.role <> 'EDITED_THUMB'" : " AND r.role NOT IN ('THUMB', 'PREVIEW', 'EDITED_THUMB')");
        String hidden = options.includeHidden() ? "" : " AND a.hidden = 0";
        List<long[]> r = stores.db().tx(db -> db.query("SELECT COUNT(*), COALESCE(SUM(MAX(r.size, 0)), 0) FROM assets a"
                + " JOIN resources r ON r.zone = a.zone AND (r.owner = a.master_id OR r.owner = a.id)"
                + " WHERE a.dirty = 1 AND a.removed = 0 AND a.trashed = 0" + hidden + roles
                + " AND NOT EXISTS (SELECT 1 FROM files f WHERE f.zone = a.zone AND f.asset_id = a.id AND f.role = r.role"
                + " AND f.checksum = r.checksum AND f.state = 'PRESENT')", rs -> new long[]{rs.getLong(1), rs.getLong(2)}));
        return r.isEmpty() ? new long[]{0, 0} : r.get(0);
    }
}

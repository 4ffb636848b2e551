package dev.orchard.photos.plan;

import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the planner keeps each file of one asset, asked without planning anything: the same selection, layout
 * and renditions as a sync, so a file put there by someone else ({@code orchard photos adopt}) is the very file
 * the next sync expects.
 */
public final class Placement {
    private final Stores stores;
    private final Selection selection;
    private final Layout layout;
    private final SyncOptions options;

    private Placement(Stores stores, Selection selection, Layout layout, SyncOptions options) {
        this.stores = stores;
        this.selection = selection;
        this.layout = layout;
        this.options = options;
    }

    /** The layout is the planner's own, built from the same options, so the two can never disagree. */
    public static Placement of(Stores stores, LibraryPaths paths, SyncOptions options) throws SQLException {
        Selection selection = Selection.of(options, stores);
        Planner planner = new Planner(stores, paths, options, selection, paths.trash(options.clock()), new SyncReport(),
                SyncListener.NONE);
        return new Placement(stores, selection, planner.layout(), options);
    }

    /**
     * The asset's files by role, and which of them are already at their path unclaimed with iCloud's bytes (checked
     * here). Empty when the library does not keep the asset (hidden, filtered out, archived, or gone from iCloud).
     */
    public record Files(Map<ResourceRole, PlannedFile> paths, Set<ResourceRole> inPlace) {
    }

    public Files of(StoredAsset s, List<FileRecord> rows) throws SQLException {
        PhotoAsset pa = s.photoAsset();
        if (pa == null || !selection.selected(s) || ArchiveStore.pinned(stores.db(), s.zone(), s.asset().recordName())) {
            return new Files(Map.of(), Set.of());
        }
        Map<ResourceRole, Boolean> adopted = new EnumMap<>(ResourceRole.class);
        List<FileRecord> library = rows.stream().filter(f -> !f.role().rendition()).toList();
        Map<ResourceRole, PlannedFile> out = new EnumMap<>(layout.plan(s.zone(), pa, library, adopted));
        if (options.thumbnails()) out.putAll(layout.renditions(s.zone(), pa, adopted));
        return new Files(out, adopted.keySet());
    }

    /** Whether a file the library owns is at its path with its size. */
    public static boolean onDisk(LibraryPaths paths, FileRecord f) {
        Path p = paths.resolve(f.path());
        try {
            return java.nio.file.Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && (f.size() < 0 || java.nio.file.Files.size(p) == f.size());
        } catch (IOException e) {
            return false;
        }
    }
}

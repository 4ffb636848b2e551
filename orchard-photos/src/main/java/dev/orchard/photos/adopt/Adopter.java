package dev.orchard.photos.adopt;

import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.photos.adopt.ICloudFiles.Version;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.localfiles.DurableFiles;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.plan.Placement;
import dev.orchard.photos.plan.PlannedFile;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.sync.PhotoSync;
import dev.orchard.photos.options.SyncOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adopts the files of another tool's tree into the library. The state is first brought up to date with iCloud
 * (a sync's fetch, nothing downloaded); then each file whose size iCloud knows is read once for its
 * {@code fileChecksum}, and every version of every asset with that checksum that the library keeps (same
 * selection and layout as a sync) gets it: the first by a move (or a hard link with {@code link}), the others by
 * a verified copy. A version is claimed before its file arrives and marked present and verified after, so a sync
 * after a crash finds the file in place and adopts it by its checksum rather than downloading it; a move across
 * file systems is journalled until its source is removed, which the next adoption finishes. Nothing in the library
 * is replaced, and a file of the tree that matches nothing, belongs to an asset the library does not keep, or whose
 * version the library already has, stays where it is.
 */
public final class Adopter {
    private final PhotoSync listing;
    private final SyncOptions options;
    private final boolean link;
    private final AdoptListener listener;
    private final AdoptHooks hooks;

    public Adopter(PhotoSync listing, SyncOptions options, boolean link, AdoptListener listener, AdoptHooks hooks) {
        this.listing = listing;
        this.options = options;
        this.link = link;
        this.listener = listener;
        this.hooks = hooks;
    }

    /**
     * The files of {@code dir}, looked through before anything is asked of iCloud: a folder that cannot be adopted
     * into the library (missing, inside it, or on another file system with {@code link}) is an IllegalArgumentException.
     */
    public static ForeignTree scan(Path dir, SyncOptions options, boolean link) {
        ForeignTree tree = ForeignTree.scan(dir, options.libraryDir());
        if (link) requireOneFileSystem(tree.root(), options.libraryDir());
        return tree;
    }

    public AdoptReport run(ForeignTree tree) {
        return listing.withListedState((stores, paths, fetch) -> {
            AdoptReport report = new AdoptReport();
            report.start(tree, fetch, options.dryRun(), link);
            recover(stores, paths, report);
            ICloudFiles icloud = ICloudFiles.of(stores.db());
            Placement placement = stores.db().tx(d -> Placement.of(stores, paths, options));
            Run run = new Run(stores, paths, placement, new Transfer(paths.partial()), report);
            List<Match> matches = read(tree, icloud, report);
            matches.sort(Comparator.comparingLong((Match m) -> m.versions().get(0).assetDate())
                    .thenComparingLong(m -> m.versions().get(0).row()));
            listener.phase((options.dryRun() ? "planning (dry run) for " : "adopting ") + matches.size() + " files that iCloud knows");
            long done = 0;
            for (Match m : matches) {
                run.adopt(m);
                listener.placed(++done, matches.size());
            }
            return report;
        });
    }

    /** A file of the tree and the versions of assets that have its bytes. */
    private record Match(ForeignTree.Candidate file, String checksum, List<Version> versions) {
    }

    /** Reads every file whose size iCloud knows for its checksum, and looks the checksum up. */
    private List<Match> read(ForeignTree tree, ICloudFiles icloud, AdoptReport report) {
        listener.phase("reading " + tree.files().size() + " files of " + tree.root());
        List<Match> matches = new ArrayList<>();
        long total = tree.bytes();
        long done = 0;
        long bytes = 0;
        for (ForeignTree.Candidate c : tree.files()) {
            bytes += c.size();
            if (!icloud.mayHold(c.size())) {
                report.unmatched.add(c.path());
            } else {
                try {
                    String checksum = FileFetcher.checksum(c.path());
                    report.read++;
                    report.readBytes += c.size();
                    List<Version> versions = icloud.withChecksum(checksum).stream().filter(v -> v.size() < 0 || v.size() == c.size()).toList();
                    if (versions.isEmpty()) report.unmatched.add(c.path());
                    else matches.add(new Match(c, checksum, versions));
                } catch (IOException e) {
                    report.failed.add(c.path() + ": cannot read it (" + e.getMessage() + ")");
                }
            }
            listener.read(++done, tree.files().size(), bytes, total);
        }
        return matches;
    }

    /** One pass over the tree's files. */
    private final class Run {
        private final Stores stores;
        private final LibraryPaths paths;
        private final Placement placement;
        private final Transfer transfer;
        private final AdoptReport report;
        private final Set<String> adoptedChecksums = new HashSet<>();

        Run(Stores stores, LibraryPaths paths, Placement placement, Transfer transfer, AdoptReport report) {
            this.stores = stores;
            this.paths = paths;
            this.placement = placement;
            this.transfer = transfer;
            this.report = report;
        }

        void adopt(Match m) {
            Outcome o = new Outcome();
            for (Version v : m.versions()) {
                try {
                    place(m.file(), m.checksum(), v, o);
                } catch (IOException e) {
                    report.failed.add(m.file().path() + ": " + e.getMessage());
                    return;
                }
            }
            finish(m.file(), m.checksum(), o);
        }

        private void finish(ForeignTree.Candidate c, String checksum, Outcome o) {
            if (o.placed != null) {
                report.adoptedFiles++;
                adoptedChecksums.add(checksum);
                if (o.source == Transfer.Source.COPIED && !options.dryRun()) {
                    try {
                        Files.delete(c.path());
                        DurableFiles.fsyncDirectory(c.path().getParent());
                    } catch (IOException e) {
                        report.failed.add(c.path() + ": copied into the library, but cannot remove it (" + e.getMessage() + ")");
                    }
                }
                if (o.source == Transfer.Source.COPIED) stores.db().txRun(d -> AdoptJournal.remove(d, c.path().toString()));
            } else if (o.had && adoptedChecksums.contains(checksum)) {
                report.duplicates++;
            } else if (o.had) {
                report.alreadyThere++;
            } else {
                report.notKept.add(c.path());
            }
        }

        /** Gives the file to one version of one asset, when the library keeps it and does not have it yet. */
        private void place(ForeignTree.Candidate c, String checksum, Version v, Outcome o) throws IOException {
            Target t = stores.db().tx(d -> target(v));
            if (t == null) return;
            FileRecord row = t.row;
            if (row != null && !FileChecksum.same(row.checksum(), checksum)) return; // an older version; the sync replaces it
            if (row != null && row.state() == FileState.KEPT) return; // gone from iCloud; the library keeps its own copy
            if (row != null && row.state() == FileState.PRESENT && Placement.onDisk(paths, row)) {
                o.had = true;
                return;
            }
            // From here the version is claimed but missing (pending, or lost from the library) or not claimed at all.
            if (row != null && !row.path().equals(t.file.path())) return; // the sync moves its claim first
            Path dest = paths.resolve(t.file.path());
            if (row == null && t.inPlace || row != null && Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                if (row != null && !FileChecksum.same(FileFetcher.checksum(dest), checksum)) {
                    throw new IOException(t.file.path() + " in the library holds other bytes; left for the next sync to replace");
                }
                record(t, v, true);
                o.had = true;
                return;
            }
            boolean first = o.placed == null;
            if (first && !options.dryRun() && !c.unchanged()) {
                throw new IOException("it changed after it was read (is another tool still writing the folder?); run adopt again");
            }
            String source = c.path().toString();
            stores.db().txRun(d -> {
                if (row == null) {
                    stores.files().claim(new FileRecord(t.file.path(), v.zone(), v.assetId(), v.role(), t.file.resource().checksum(),
                            t.file.resource().size(), FileState.PLANNED, false, null));
                }
                if (first && !link) AdoptJournal.put(d, new AdoptJournal.Entry(source, t.file.path(), checksum));
            });
            Transfer.Source how = null;
            if (!options.dryRun()) {
                hooks.claimed(c.path(), dest);
                try {
                    how = link ? transfer.link(c.path(), dest)
                            : first ? transfer.move(c.path(), dest, checksum) : copyOf(o.placed, dest, checksum);
                    if (!link) DurableFiles.setModified(dest, t.assetDate);
                } catch (IOException e) {
                    stores.db().txRun(d -> {
                        if (row == null) stores.files().delete(t.file.path());
                        if (first && !link) AdoptJournal.remove(d, source);
                    });
                    throw e;
                }
                hooks.placed(c.path(), dest);
            }
            Transfer.Source placedBy = how;
            stores.db().txRun(d -> {
                stores.files().setState(t.file.path(), FileState.PRESENT, true, null);
                stores.assets().markDirty(v.zone(), v.assetId());
                stores.markAlbumsDirty();
                if (first && !link && placedBy != Transfer.Source.COPIED) AdoptJournal.remove(d, source);
            });
            if (first) o.source = how;
            o.placed = dest;
            report.libraryFiles++;
            report.savedBytes += Math.max(0, c.size());
        }

        private Transfer.Source copyOf(Path placed, Path dest, String checksum) throws IOException {
            transfer.copy(placed, dest, checksum);
            return null;
        }

        /** Records a file that is already at its path with iCloud's bytes. */
        private void record(Target t, Version v, boolean verified) {
            stores.db().txRun(d -> {
                if (t.row == null) {
                    stores.files().claim(new FileRecord(t.file.path(), v.zone(), v.assetId(), v.role(), t.file.resource().checksum(),
                            t.file.resource().size(), FileState.PRESENT, verified, null));
                } else {
                    stores.files().setState(t.file.path(), FileState.PRESENT, verified, null);
                }
                stores.assets().markDirty(v.zone(), v.assetId());
                stores.markAlbumsDirty();
            });
        }

        private Target target(Version v) throws SQLException {
            StoredAsset s = stores.assets().stored(v.zone(), v.assetId());
            if (s == null) return null;
            List<FileRecord> rows = stores.files().ofAsset(v.zone(), v.assetId());
            Placement.Files files = placement.of(s, rows);
            PlannedFile f = files.paths().get(v.role());
            if (f == null) return null;
            FileRecord row = rows.stream().filter(r -> r.role() == v.role()).findFirst().orElse(null);
            return new Target(f, row, files.inPlace().contains(v.role()), s.asset().assetDate());
        }

    }

    private record Target(PlannedFile file, FileRecord row, boolean inPlace, long assetDate) {
    }

    /** What became of one file of the tree. */
    private static final class Outcome {
        Path placed;
        Transfer.Source source;
        boolean had;
    }

    /**
     * Finishes the moves a killed run left in the journal: a destination that holds the bytes is recorded as present
     * and its source, if still there, removed (that was the move asked for); otherwise the source is still in the tree
     * and this run takes it again.
     */
    void recover(Stores stores, LibraryPaths paths, AdoptReport report) throws IOException {
        for (AdoptJournal.Entry e : stores.db().tx(AdoptJournal::all)) {
            Path dest = paths.resolve(e.dest());
            Path source = Path.of(e.source());
            boolean arrived = Files.isRegularFile(dest, LinkOption.NOFOLLOW_LINKS)
                    && FileChecksum.same(FileFetcher.checksum(dest), e.checksum());
            if (arrived) {
                stores.db().txRun(d -> {
                    FileRecord h = stores.files().holder(e.dest());
                    if (h != null && h.state() == FileState.PLANNED) stores.files().setState(e.dest(), FileState.PRESENT, true, null);
                });
                if (!options.dryRun() && Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) && !Files.isSameFile(source, dest)
                        && FileChecksum.same(FileFetcher.checksum(source), e.checksum())) {
                    Files.delete(source);
                    DurableFiles.fsyncDirectory(source.getParent());
                }
                report.resumed++;
            }
            stores.db().txRun(d -> AdoptJournal.remove(d, e.source()));
        }
    }

    private static void requireOneFileSystem(Path tree, Path library) {
        Path existing = library.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        try {
            if (existing != null && !Files.getFileStore(tree).equals(Files.getFileStore(existing))) {
                throw new IllegalArgumentException("--link needs " + tree + " and the library " + library
                        + " on one file system (hard links cannot cross them); leave --link out to move the files instead");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot tell the file system of " + tree + ": " + e.getMessage());
        }
    }
}

package dev.orchard.photos.albums;

import dev.orchard.photos.options.LinkMode;
import dev.orchard.localfiles.DurableFiles;
import dev.orchard.icloud.photos.model.Album;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.layout.VersionNames;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Keeps {@code Albums/} in line with iCloud's album tree: one entry per file of each member asset (a relative
 * symlink, a hard link or a copy), named like the file it stands for. Only entries Orchard made (listed in
 * the state) are ever removed; anything a person put there is left alone.
 */
public final class AlbumLinker {
    private static final int RECORD_GROUP = 512;
    /** Rows read from the state at a time when comparing what is wanted with what was made. */
    static final int PAGE = 512;
    /** Smart album {@code i}'s entries take {@code ord} from {@code (i + 1) << 40}, after every user album's. */
    private static final int SMART_ORD_SHIFT = 40;
    private final Stores stores;
    private final LibraryPaths paths;
    private final LinkMode mode;
    private final boolean dryRun;
    private final Trash trash;
    private final SyncReport report;
    private final SyncListener listener;
    private boolean smartAlbums;
    private boolean withHidden;

    public AlbumLinker(Stores stores, LibraryPaths paths, LinkMode mode, boolean dryRun, Trash trash, SyncReport report,
                       SyncListener listener) {
        this.stores = stores;
        this.paths = paths;
        this.mode = mode;
        this.dryRun = dryRun;
        this.trash = trash;
        this.report = report;
        this.listener = listener;
    }

    /** Also keeps the smart albums ({@link SmartAlbum}), with Hidden when {@code withHidden}. */
    public AlbumLinker withSmartAlbums(boolean on, boolean withHidden) {
        this.smartAlbums = on;
        this.withHidden = withHidden;
        return this;
    }

    /**
     * Removes the entries Orchard made that are no longer wanted as they are, then makes the missing ones. What is
     * wanted is worked out into {@link DesiredEntries} and compared with the recorded entries by SQL, read in pages
     * of {@link #PAGE}: only the album folders are held in memory, so the step needs the same heap at any library
     * size.
     */
    public void rebuild() {
        Set<String> albumDirs = new HashSet<>();
        DesiredEntries desired = new DesiredEntries(stores.db());
        stores.db().txRun(db -> {
            desired.reset();
            want(desired, albumDirs);
        });
        if (dryRun) {
            report.add(SyncReport.Counter.ALBUM_ENTRIES, stores.db().tx(db -> desired.changes()));
            return;
        }
        removeStale(desired);
        createMissing(desired);
        stores.db().txRun(db -> desired.reset());
        try {
            for (String dir : albumDirs) paths.modes().createDirectories(paths.resolve(dir));
            pruneEmpty(paths.albums(), albumDirs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + LibraryPaths.ALBUMS + ": " + e.getMessage(), e);
        }
    }

    /** Page by page (keyset, so the rows removed behind the page never shift it), as no cursor stays open over them. */
    private void removeStale(DesiredEntries desired) {
        String after = "";
        while (true) {
            String from = after;
            List<String[]> page = stores.db().tx(db -> desired.stale(from, PAGE));
            for (String[] e : page) {
                removeEntry(e[0], e[1]);
                stores.db().txRun(db -> stores.albums().removeEntry(e[0]));
                report.add(SyncReport.Counter.ALBUM_ENTRIES, 1);
            }
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1)[0];
        }
    }

    private void createMissing(DesiredEntries desired) {
        // Symlinks are recorded in groups: one left unrecorded by a crash is recognised as Orchard's by the next run
        // (createEntry). A hard link or copy cannot be told from a person's file, so each is recorded as soon as made.
        int group = mode == LinkMode.SYMLINK ? RECORD_GROUP : 1;
        List<DesiredEntries.Entry> made = new ArrayList<>();
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<DesiredEntries.Entry> page = stores.db().tx(db -> desired.missing(from, PAGE));
            for (DesiredEntries.Entry e : page) {
                if (createEntry(e.path(), e.spec())) {
                    made.add(e);
                    if (made.size() >= group) record(made);
                }
            }
            if (page.size() < PAGE) break;
            after = page.get(page.size() - 1).ord();
        }
        record(made);
    }

    private void record(List<DesiredEntries.Entry> made) {
        if (made.isEmpty()) return;
        stores.db().txRun(db -> {
            for (DesiredEntries.Entry e : made) stores.albums().putEntry(e.path(), e.spec());
        });
        report.add(SyncReport.Counter.ALBUM_ENTRIES, made.size());
        made.clear();
    }

    /**
     * Every album member's files, as entry path to "mode:target path", in the order that decides who keeps a plain
     * name: frozen folders' entries, then the albums by zone and position, then the smart albums (each its own range
     * of {@code ord}, as the assets are read once for all of them).
     */
    private void want(DesiredEntries desired, Set<String> albumDirs) throws SQLException {
        long[] ord = {0};
        // Folders of archived albums keep the entries they had when archived, whatever iCloud does to the album.
        Set<String> frozen = ArchiveStore.frozenAlbums(stores.db());
        ArchiveStore.eachFrozenEntry(stores.db(), e -> {
            desired.put(++ord[0], e[0], e[1]);
            albumDirs.add(e[0].substring(0, e[0].lastIndexOf('/')));
        });
        for (String zone : stores.albums().zones()) {
            List<Album> albums = stores.albums().all(zone);
            Map<String, String> folders = AlbumTree.folders(albums);
            for (Album a : albums) {
                if (frozen.contains(zone + "\n" + a.recordName())) continue;
                String dir = LibraryPaths.ALBUMS + "/" + folders.get(a.recordName());
                albumDirs.add(dir);
                if (a.folder()) continue;
                stores.albums().eachMember(zone, a.recordName(), assetId -> addEntries(desired, () -> ++ord[0], dir, zone, assetId));
            }
        }
        if (smartAlbums) {
            long[] next = new long[SmartAlbum.values().length];
            for (SmartAlbum s : SmartAlbum.values()) {
                next[s.ordinal()] = (s.ordinal() + 1L) << SMART_ORD_SHIFT;
                if (withHidden || s != SmartAlbum.HIDDEN) albumDirs.add(LibraryPaths.ALBUMS + "/" + s.folder());
            }
            SmartAlbums.members(stores.db(), withHidden, (album, zone, assetId) ->
                    addEntries(desired, () -> ++next[album.ordinal()], LibraryPaths.ALBUMS + "/" + album.folder(), zone, assetId));
        }
    }

    /** An entry in {@code dir} for each file of the asset in the library, named like the file (with a suffix on a clash). */
    private void addEntries(DesiredEntries desired, LongSupplier ord, String dir, String zone, String assetId) throws SQLException {
        for (FileRecord f : stores.files().ofAsset(zone, assetId)) {
            if (f.state() != FileState.PRESENT || f.role().rendition()) continue;
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            String spec = mode.name() + ":" + f.path();
            if (desired.putIfFree(ord.getAsLong(), dir + "/" + name, spec)) continue;
            int dot = name.lastIndexOf('.');
            String sfx = VersionNames.suffix(assetId, 8);
            desired.put(ord.getAsLong(), dir + "/" + (dot > 0 ? name.substring(0, dot) + sfx + name.substring(dot) : name + sfx), spec);
        }
    }

    private void removeEntry(String entry, String spec) {
        Path p = paths.resolve(entry);
        try {
            if (Files.isSymbolicLink(p)) {
                Files.delete(p);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                // Only a hard link to the original is Orchard's to delete; a copy, or a file someone put in
                // place of a link, goes to the local trash.
                if (isHardLinkToOriginal(p, spec)) Files.delete(p);
                else trash.put(entry);
            }
        } catch (IOException e) {
            listener.warning("cannot remove " + entry + ": " + e.getMessage());
        }
    }

    private boolean isHardLinkToOriginal(Path entry, String spec) throws IOException {
        String prefix = LinkMode.HARDLINK.name() + ":";
        if (!spec.startsWith(prefix)) return false;
        Path original = paths.resolve(spec.substring(prefix.length()));
        return Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(entry, original);
    }

    private boolean createEntry(String entry, String spec) {
        String target = spec.substring(spec.indexOf(':') + 1);
        Path p = paths.resolve(entry);
        Path t = paths.resolve(target);
        try {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                boolean same = mode == LinkMode.SYMLINK && Files.isSymbolicLink(p)
                        && Files.readSymbolicLink(p).equals(p.getParent().relativize(t));
                if (!same) listener.warning(entry + " exists and was not made by Orchard; leaving it alone");
                return same;
            }
            paths.modes().createDirectories(p.getParent());
            switch (mode) {
                case SYMLINK -> Files.createSymbolicLink(p, p.getParent().relativize(t));
                case HARDLINK -> {
                    try {
                        Files.createLink(p, t);
                    } catch (FileSystemException e) {
                        copy(t, p);
                    }
                }
                case COPY -> copy(t, p);
            }
            return true;
        } catch (IOException e) {
            listener.warning("cannot make the album entry " + entry + ": " + e.getMessage());
            return false;
        }
    }

    private void copy(Path from, Path to) throws IOException {
        Path tmp = Files.createTempFile(paths.partialDirectory(), "album-", ".copy");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        DurableFiles.fsync(tmp);
        paths.modes().applyToFile(tmp);
        DurableFiles.move(tmp, to, false, paths.modes());
    }

    /** Removes empty folders below {@code dir} that are not album folders; returns whether {@code dir} is now empty. */
    private boolean pruneEmpty(Path dir, Set<String> keep) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
        boolean empty = true;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path c : s) {
                if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS) && pruneEmpty(c, keep)) {
                    String rel = paths.root().relativize(c).toString().replace('\\', '/');
                    if (!keep.contains(rel)) {
                        Files.delete(c);
                        continue;
                    }
                }
                empty = false;
            }
        }
        return empty;
    }
}

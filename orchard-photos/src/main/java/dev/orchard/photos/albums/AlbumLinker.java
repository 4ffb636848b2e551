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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code Albums/} in line with iCloud's album tree: one entry per file of each member asset (a relative
 * symlink, a hard link or a copy), named like the file it stands for. Only entries Orchard made (listed in
 * the state) are ever removed; anything a person put there is left alone.
 */
public final class AlbumLinker {
    private static final int RECORD_GROUP = 512;
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

    public void rebuild() {
        Set<String> albumDirs = new HashSet<>();
        Map<String, String> desired = stores.db().tx(db -> desired(albumDirs));
        Map<String, String> existing = stores.db().tx(db -> stores.albums().entries());
        if (dryRun) {
            long changes = desired.entrySet().stream().filter(e -> !e.getValue().equals(existing.get(e.getKey()))).count()
                    + existing.keySet().stream().filter(k -> !desired.containsKey(k)).count();
            report.add(SyncReport.Counter.ALBUM_ENTRIES, changes);
            return;
        }
        for (Map.Entry<String, String> e : existing.entrySet()) {
            if (e.getValue().equals(desired.get(e.getKey()))) continue;
            removeEntry(e.getKey(), e.getValue());
            stores.db().txRun(db -> stores.albums().removeEntry(e.getKey()));
            report.add(SyncReport.Counter.ALBUM_ENTRIES, 1);
        }
        // Symlinks are recorded in groups: one left unrecorded by a crash is recognised as Orchard's by the next run
        // (createEntry). A hard link or copy cannot be told from a person's file, so each is recorded as soon as made.
        int group = mode == LinkMode.SYMLINK ? RECORD_GROUP : 1;
        List<Map.Entry<String, String>> made = new ArrayList<>();
        for (Map.Entry<String, String> e : desired.entrySet()) {
            if (e.getValue().equals(existing.get(e.getKey()))) continue;
            if (createEntry(e.getKey(), e.getValue())) {
                made.add(e);
                if (made.size() >= group) record(made);
            }
        }
        record(made);
        try {
            for (String dir : albumDirs) paths.modes().createDirectories(paths.resolve(dir));
            pruneEmpty(paths.albums(), albumDirs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + LibraryPaths.ALBUMS + ": " + e.getMessage(), e);
        }
    }

    private void record(List<Map.Entry<String, String>> made) {
        if (made.isEmpty()) return;
        stores.db().txRun(db -> {
            for (Map.Entry<String, String> e : made) stores.albums().putEntry(e.getKey(), e.getValue());
        });
        report.add(SyncReport.Counter.ALBUM_ENTRIES, made.size());
        made.clear();
    }

    /** Entry path to "mode:target path" for every album member's files. */
    private Map<String, String> desired(Set<String> albumDirs) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        // Folders of archived albums keep the entries they had when archived, whatever iCloud does to the album.
        Set<String> frozen = ArchiveStore.frozenAlbums(stores.db());
        for (Map.Entry<String, String> e : ArchiveStore.frozenEntries(stores.db()).entrySet()) {
            out.put(e.getKey(), e.getValue());
            taken.add(e.getKey().toLowerCase(Locale.ROOT));
            albumDirs.add(e.getKey().substring(0, e.getKey().lastIndexOf('/')));
        }
        for (String zone : stores.albums().zones()) {
            List<Album> albums = stores.albums().all(zone);
            Map<String, String> folders = AlbumTree.folders(albums);
            for (Album a : albums) {
                if (frozen.contains(zone + "\n" + a.recordName())) continue;
                String dir = LibraryPaths.ALBUMS + "/" + folders.get(a.recordName());
                albumDirs.add(dir);
                if (a.folder()) continue;
                for (String assetId : stores.albums().members(zone, a.recordName())) addEntries(out, taken, dir, zone, assetId);
            }
        }
        if (smartAlbums) {
            for (Map.Entry<SmartAlbum, List<SmartAlbums.Member>> e : SmartAlbums.members(stores.db(), withHidden).entrySet()) {
                String dir = LibraryPaths.ALBUMS + "/" + e.getKey().folder();
                albumDirs.add(dir);
                for (SmartAlbums.Member m : e.getValue()) addEntries(out, taken, dir, m.zone(), m.assetId());
            }
        }
        return out;
    }

    /** An entry in {@code dir} for each file of the asset in the library, named like the file (with a suffix on a clash). */
    private void addEntries(Map<String, String> out, Set<String> taken, String dir, String zone, String assetId) throws SQLException {
        for (FileRecord f : stores.files().ofAsset(zone, assetId)) {
            if (f.state() != FileState.PRESENT || f.role().rendition()) continue;
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            String entry = dir + "/" + name;
            if (!taken.add(entry.toLowerCase(Locale.ROOT))) {
                int dot = name.lastIndexOf('.');
                String sfx = VersionNames.suffix(assetId, 8);
                entry = dir + "/" + (dot > 0 ? name.substring(0, dot) + sfx + name.substring(dot) : name + sfx);
                taken.add(entry.toLowerCase(Locale.ROOT));
            }
            out.put(entry, mode.name() + ":" + f.path());
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

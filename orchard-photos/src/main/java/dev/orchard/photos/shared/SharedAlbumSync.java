package dev.orchard.photos.shared;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.sharedstreams.PublicStreamClient;
import dev.orchard.icloud.sharedstreams.SharedStreamsClient;
import dev.orchard.localfiles.DurableFiles;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.sharedstreams.SharedAlbumRef;
import dev.orchard.icloud.sharedstreams.StreamItem;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.localfiles.FileModes;
import dev.orchard.localfiles.FolderLock;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.shared.SharedState.AlbumEntry;
import dev.orchard.photos.shared.SharedState.FileEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps shared albums under {@code Shared Albums/<album>/}: the largest rendition of every item, dated by the
 * item. An album whose change tag has not moved (and whose files are all there) costs no request beyond the
 * album list. Items the sharer removed go to {@code .orchard-trash/}. Files are written to a temp name in
 * {@code .orchard/partial/}, verified, fsynced and renamed; the state is saved after each one, so a run killed
 * at any point is finished by the next.
 */
public final class SharedAlbumSync {
    private static final String TEMP_PREFIX = "shared-";

    private final SharedAlbumSource source;
    private final SharedDownload download;
    private final Path libraryDir;
    private final List<String> names;
    private final Clock clock;
    private final SharedHooks hooks;
    private final Consumer<String> warnings;
    private FileModes modes = FileModes.UMASK;

    /**
     * @param names album names to keep; empty for all. Albums that are no longer listed have their files moved
     *              to the trash only when {@code names} is empty (otherwise they may merely be unselected).
     */
    SharedAlbumSync(SharedAlbumSource source, CdnClient cdn, Path libraryDir, List<String> names, Clock clock,
                           SharedHooks hooks, Consumer<String> warnings) {
        this.source = source;
        this.download = new SharedDownload(cdn);
        this.libraryDir = libraryDir;
        this.names = List.copyOf(names);
        this.clock = clock;
        this.hooks = hooks;
        this.warnings = warnings;
    }

    /** The account's own and subscribed shared albums, downloaded on the signed-in session. */
    public static SharedAlbumSync signedIn(ICloudSession session, Path libraryDir, List<String> names, Clock clock,
                                           Consumer<String> warnings) {
        return signedIn(new SharedStreamsClient(session), session, libraryDir, names, clock, warnings);
    }

    /** As above, through {@code client} (one that may have started listing the albums already). */
    public static SharedAlbumSync signedIn(SharedStreamsClient client, ICloudSession session, Path libraryDir, List<String> names,
                                           Clock clock, Consumer<String> warnings) {
        return new SharedAlbumSync(new SignedInAlbums(client), CdnClient.of(session), libraryDir, names, clock, SharedHooks.NONE,
                warnings);
    }

    /** The album behind a public link ({@code origin} null: Apple's), without an account. */
    public static SharedAlbumSync publicLink(HttpTransport http, String origin, String link, Path libraryDir, Clock clock,
                                             Consumer<String> warnings) {
        return new SharedAlbumSync(new PublicLinkAlbum(new PublicStreamClient(http, origin), link),
                PublicLinkAlbum.downloads(http), libraryDir, List.of(), clock, SharedHooks.NONE, warnings);
    }

    /** The mode of the album files and folders this sync makes (default: the umask's). */
    public SharedAlbumSync fileModes(FileModes m) {
        modes = m;
        return this;
    }

    public SharedReport run() {
        LibraryPaths paths = new LibraryPaths(libraryDir, modes);
        SharedReport report = new SharedReport();
        long before = source.requestCount();
        try {
            modes.createDirectories(paths.root());
            if (!Files.isDirectory(paths.state())) {
                Files.createDirectory(paths.state(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            try (FolderLock lock = paths.lock()) {
                removeStaleTemps(paths);
                SharedState state = SharedState.load(libraryDir);
                Trash trash = paths.trash(clock);
                List<SharedAlbumRef> listed = source.albums();
                List<SharedAlbumRef> selected = listed.stream().filter(a -> names.isEmpty() || names.contains(a.name())).toList();
                for (String n : names) {
                    if (listed.stream().noneMatch(a -> a.name().equals(n))) warnings.accept("no shared album named '" + n + "'");
                }
                for (SharedAlbumRef album : selected) {
                    report.albums++;
                    syncAlbum(album, state, paths, trash, report);
                }
                if (names.isEmpty()) {
                    Set<String> live = listed.stream().map(SharedAlbumRef::guid).collect(Collectors.toSet());
                    for (String guid : new ArrayList<>(state.albums().keySet())) {
                        if (live.contains(guid)) continue;
                        AlbumEntry gone = state.albums().get(guid);
                        for (String item : new ArrayList<>(gone.files.keySet())) trashItem(gone, item, trash, state, report);
                        state.albums().remove(guid);
                        state.save();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep shared albums in " + paths.root() + ": " + e.getMessage(), e);
        }
        report.requests = source.requestCount() - before;
        return report;
    }

    private void syncAlbum(SharedAlbumRef album, SharedState state, LibraryPaths paths, Trash trash,
                           SharedReport report) throws IOException {
        AlbumEntry entry = state.albums().get(album.guid());
        if (entry == null) {
            entry = new AlbumEntry();
            Set<String> dirs = state.albums().values().stream().map(e -> e.dir).collect(Collectors.toSet());
            entry.dir = SharedNames.albumDir(album.name(), album.guid(), dirs);
            state.albums().put(album.guid(), entry);
        }
        entry.name = album.name();
        if (album.ctag() != null && album.ctag().equals(entry.ctag) && allPresent(entry, paths)) {
            report.unchanged++;
            return;
        }
        List<StreamItem> items;
        try {
            items = source.items(album);
        } catch (ICloudException e) {
            report.failures.add(album.name() + ": " + e.getMessage());
            warnings.accept("shared album '" + album.name() + "': " + e.getMessage());
            return;
        }
        Set<String> current = items.stream().map(StreamItem::guid).collect(Collectors.toSet());
        for (String item : new ArrayList<>(entry.files.keySet())) {
            if (!current.contains(item)) trashItem(entry, item, trash, state, report);
        }
        for (StreamItem i : items) entry.files.computeIfPresent(i.guid(), (guid, f) -> f.describedAs(i)); // captions change too
        final AlbumEntry e = entry;
        List<StreamItem> pending = items.stream().filter(i -> {
            FileEntry f = e.files.get(i.guid());
            return f == null || !Files.isRegularFile(paths.resolve(f.path()), LinkOption.NOFOLLOW_LINKS);
        }).toList();
        int failuresBefore = report.failures.size();
        if (!pending.isEmpty()) fetchAll(album, entry, pending, state, paths, report);
        if (report.failures.size() == failuresBefore) entry.ctag = album.ctag();
        state.save();
    }

    private void fetchAll(SharedAlbumRef album, AlbumEntry entry, List<StreamItem> pending, SharedState state,
                          LibraryPaths paths, SharedReport report) throws IOException {
        Map<String, String> urls = source.urls(album, pending);
        boolean renewed = false;
        for (StreamItem item : pending) {
            String url = urls.get(item.guid());
            if (url == null) {
                report.failures.add(album.name() + "/" + item.guid() + ": the service gave no download URL");
                continue;
            }
            Path temp = paths.partialDirectory().resolve(TEMP_PREFIX + digest(album.guid() + "/" + item.guid()) + ".part");
            String sha;
            try {
                sha = download.fetch(url, item.largest(), temp, item.dateMillis());
            } catch (SharedDownload.UrlExpired expired) {
                if (renewed) {
                    report.failures.add(album.name() + "/" + item.guid() + ": " + expired.getMessage());
                    continue;
                }
                renewed = true;
                urls = source.urls(album, pending);
                String fresh = urls.get(item.guid());
                try {
                    sha = fresh == null ? null : download.fetch(fresh, item.largest(), temp, item.dateMillis());
                } catch (IOException | ICloudException again) {
                    sha = null;
                }
                if (sha == null) {
                    report.failures.add(album.name() + "/" + item.guid() + ": download URL expired and could not be renewed");
                    continue;
                }
            } catch (IOException | ICloudException failed) {
                report.failures.add(album.name() + "/" + item.guid() + ": " + failed.getMessage());
                warnings.accept("shared album '" + album.name() + "': " + failed.getMessage());
                continue;
            }
            place(item, entry, temp, sha, state, paths, report);
        }
    }

    private void place(StreamItem item, AlbumEntry entry, Path temp, String sha, SharedState state, LibraryPaths paths,
                       SharedReport report) throws IOException {
        FileEntry old = entry.files.get(item.guid());
        Set<String> used = entry.files.values().stream().map(FileEntry::path).collect(Collectors.toCollection(HashSet::new));
        String rel = old != null ? old.path() : SharedNames.file(entry.dir, item, used::contains);
        Path target = paths.resolve(rel);
        if (old == null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && sha.equals(SharedDownload.sha256(target))) {
            Files.delete(temp); // a run killed after its rename left this very file: adopt it
        } else {
            if (old == null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                rel = SharedNames.file(entry.dir, item, p -> used.contains(p) || Files.exists(paths.resolve(p), LinkOption.NOFOLLOW_LINKS));
                target = paths.resolve(rel);
            }
            hooks.beforeRename(temp, target);
            paths.modes().applyToFile(temp);
            DurableFiles.move(temp, target, false, paths.modes());
            hooks.afterRename(target);
        }
        long size = Files.size(target);
        entry.files.put(item.guid(), new FileEntry(rel, size, sha, item.largest().fileChecksum(), null, null, null).describedAs(item));
        state.save();
        report.downloaded++;
        report.bytes += size;
    }

    private static void trashItem(AlbumEntry entry, String item, Trash trash, SharedState state, SharedReport report)
            throws IOException {
        FileEntry f = entry.files.get(item);
        if (f != null && trash.put(f.path()) != null) report.trashed++;
        entry.files.remove(item);
        state.save();
    }

    private static boolean allPresent(AlbumEntry entry, LibraryPaths paths) {
        for (FileEntry f : entry.files.values()) {
            if (!Files.isRegularFile(paths.resolve(f.path()), LinkOption.NOFOLLOW_LINKS)) return false;
        }
        return true;
    }

    /** Temp files of a run that was killed: never under a final name, and not resumable (URLs expire). */
    private static void removeStaleTemps(LibraryPaths paths) throws IOException {
        if (!Files.isDirectory(paths.partial())) return;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(paths.partial(), TEMP_PREFIX + "*.part")) {
            for (Path t : temps) Files.deleteIfExists(t);
        }
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(SharedDownload.sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }
}

package dev.orchard.app.photos;

import dev.orchard.icloud.session.StateDirectory;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.config.Folders;
import dev.orchard.icloud.photos.model.MediaKind;
import dev.orchard.photos.options.LinkMode;
import dev.orchard.photos.options.Age;
import dev.orchard.localfiles.FileModes;
import dev.orchard.photos.options.DeletedPolicy;
import dev.orchard.photos.options.LiveHalves;
import dev.orchard.photos.options.PathTemplate;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.options.XmpNaming;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the photo library lives and what goes into it; shared by the photos commands. */
public final class PhotosOptions {
    @Option(names = "--photos-dir", paramLabel = "DIR",
            description = "The local photo library (default: ~/Pictures/iCloud Photos).")
    Path dir;

    @Option(names = "--photos-file-mode", paramLabel = "MODE",
            description = "Mode of the library's files, like 0640; its folders get search (x) where it lets read, so 0640 "
                    + "makes folders 0750 (default: follow the umask, 0644/0755 under the packaged service). "
                    + "Orchard's own state in .orchard/ stays private whatever this says.")
    String fileMode;

    @Option(names = "--photos-layout", defaultValue = PathTemplate.DEFAULT, paramLabel = "TEMPLATE",
            description = "Where originals go below Photos/: {yyyy} {mm} {dd} folders, ending in /{name} (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--photos-threads", defaultValue = "32", paramLabel = "N",
            description = "Most downloads at once, 1-64: Orchard starts with up to 8 and adds more while iCloud answers "
                    + "quickly, fewer when it throttles or slows down (default: ${DEFAULT-VALUE}).")
    int threads;

    // Each request in flight holds a page of about a megabyte as it is parsed: 4 list a 2,000-photo library as fast as 8
    // on a 2-core machine, in 10 MB less memory (bench/RESULTS.md).
    @Option(names = "--photos-listing-threads", defaultValue = "4", paramLabel = "N",
            description = "Listing requests at once, 1-32 (default: ${DEFAULT-VALUE}).")
    int listingThreads;

    @Option(names = "--photos-edits", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also keep edited versions as <name>-edited.<ext> (default: on; --no-photos-edits to skip).")
    boolean edits;

    @Option(names = "--photos-thumbnails", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also keep iCloud's thumbnail and preview of every photo and video in .orchard/ for the web page "
                    + "(default: on; --no-photos-thumbnails to skip).")
    boolean thumbnails;

    @Option(names = "--photos-xmp", description = "Write an XMP sidecar (IMG_0001.HEIC.xmp) beside every file with what iCloud "
            + "knows about it: date and time zone, favourite, title, description, keywords, location, albums (recommended for "
            + "Immich, PhotoPrism and digiKam). The originals are never changed.")
    boolean xmp;

    @Option(names = "--photos-xmp-naming", defaultValue = "full", paramLabel = "full|stem",
            description = "Sidecar names: full (IMG_0001.HEIC.xmp) or stem (IMG_0001.xmp) (default: ${DEFAULT-VALUE}).")
    String xmpNaming;

    @Option(names = "--photos-album-links", defaultValue = "symlink", paramLabel = "symlink|hardlink|copy",
            description = "How Albums/ refers to the files under Photos/ (default: ${DEFAULT-VALUE}).")
    String albumLinks;

    @Option(names = "--photos-deleted", defaultValue = "trash", paramLabel = "trash|delete|keep",
            description = "Local files of assets deleted in iCloud: move to .orchard-trash/, delete, or keep (default: ${DEFAULT-VALUE}).")
    String deleted;

    @Option(names = "--photos-trash-days", defaultValue = "30", paramLabel = "DAYS",
            description = "How long .orchard-trash/ keeps files (default: ${DEFAULT-VALUE}).")
    int trashDays;

    @Option(names = "--photos-hidden", description = "Also keep hidden photos and videos.")
    boolean hidden;

    @Option(names = "--photos-shared-library", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also keep the iCloud Shared Photo Library, under Shared Library/ (default: on).")
    boolean sharedLibrary;

    @Option(names = "--photos-shared-albums", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also keep Shared Albums (yours and those shared with you) under Shared Albums/ (default: on).")
    boolean sharedAlbums;

    @Option(names = "--photos-shared-album", paramLabel = "NAME", description = "Only this shared album; repeatable.")
    List<String> sharedAlbumNames = new ArrayList<>();

    public boolean sharedAlbums() { return sharedAlbums; }
    public List<String> sharedAlbumNames() { return List.copyOf(sharedAlbumNames); }

    @Option(names = "--photos-album", paramLabel = "NAME",
            description = "Only assets in this album (name or folder path such as Trips/Rome); repeatable.")
    List<String> albums = new ArrayList<>();

    @Option(names = "--photos-from", paramLabel = "YYYY-MM-DD|AGE",
            description = "Only assets taken on or after this day, or within this age of each run's day (30d, 6m, 1y).")
    String from;

    @Option(names = "--photos-to", paramLabel = "YYYY-MM-DD|AGE",
            description = "Only assets taken on or before this day, or at least this age before each run's day (30d, 6m, 1y).")
    String to;

    @Option(names = "--photos-smart-albums", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep the smart albums (Favourites, Videos, Live Photos, ...) under Albums/Smart Albums/ "
                    + "(default: on; --no-photos-smart-albums to skip).")
    boolean smartAlbums;

    @Option(names = "--photos-exclude-album", paramLabel = "NAME",
            description = "Leave out assets in this album (name or folder path); repeatable.")
    List<String> excludeAlbums = new ArrayList<>();

    @Option(names = "--photos-exclude", split = ",", paramLabel = "GLOB",
            description = "Leave out files whose names match this glob, ignoring case (for example *.AAE); repeatable or comma-separated.")
    List<String> excludeNames = new ArrayList<>();

    @Option(names = "--photos-live", defaultValue = "both", paramLabel = "both|image|video",
            description = "Which halves of a Live Photo to keep (default: ${DEFAULT-VALUE}).")
    String live;

    @Option(names = "--photos-media", split = ",", paramLabel = "photo,video,live",
            description = "Only these media types (default: all).")
    List<String> media = new ArrayList<>();

    /** The library folder: the option, else ~/Pictures/iCloud Photos. */
    public Path dir(Map<String, String> env) {
        return dir != null ? dir.toAbsolutePath().normalize() : defaultDir(env);
    }

    /** True when --photos-dir was set (flag, environment or config file): {@code orchard run} then backs photos up. */
    public boolean dirGiven() {
        return dir != null;
    }

    /** ~/Pictures/iCloud Photos, where a library lives unless --photos-dir says otherwise. */
    public static Path defaultDir(Map<String, String> env) {
        return StateDirectory.home(env).resolve("Pictures").resolve("iCloud Photos");
    }

    public int listingThreads() {
        if (listingThreads < 1 || listingThreads > 32) {
            throw new ConfigException("--photos-listing-threads must be 1-32, got " + listingThreads);
        }
        return listingThreads;
    }

    /** The sync options, checked here so that a bad one is a usage error naming its option, before signing in. */
    public SyncOptions.Builder builder(Map<String, String> env, Clock clock) {
        Path library = dir(env);
        Folders.requireUsable(library, "--photos-dir");
        SyncOptions.Builder b = SyncOptions.builder(library).edits(edits).thumbnails(thumbnails).includeHidden(hidden).includeShared(sharedLibrary).clock(clock)
                .smartAlbums(smartAlbums);
        option("--photos-layout", () -> b.layout(PathTemplate.parse(layout)));
        option("--photos-threads", () -> b.downloadThreads(threads));
        option("--photos-album-links", () -> b.albumLinks(LinkMode.parse(albumLinks)));
        option("--photos-deleted", () -> b.deleted(DeletedPolicy.parse(deleted)));
        option("--photos-trash-days", () -> b.trashDays(trashDays));
        option("--photos-album", () -> b.albums(albums));
        if (fileMode != null && !fileMode.isBlank()) option("--photos-file-mode", () -> b.fileModes(FileModes.parse(fileMode)));
        option("--photos-xmp-naming", () -> b.xmp(xmp ? XmpNaming.parse(xmpNaming) : XmpNaming.OFF));
        option("--photos-exclude-album", () -> b.excludeAlbums(excludeAlbums));
        option("--photos-exclude", () -> b.excludeNames(excludeNames));
        option("--photos-live", () -> b.live(LiveHalves.parse(live)));
        Age recentFrom = age("--photos-from", from);
        Age recentTo = age("--photos-to", to);
        LocalDate first = recentFrom != null ? null : date("--photos-from", from);
        LocalDate last = recentTo != null ? null : date("--photos-to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new ConfigException("--photos-to " + last + " is before --photos-from " + first + "; give the earlier day with --photos-from");
        }
        b.from(first).to(last).recentFrom(recentFrom).recentTo(recentTo);
        if (!media.isEmpty()) {
            option("--photos-media", () -> {
                Set<MediaKind> kinds = EnumSet.noneOf(MediaKind.class);
                for (String m : media) kinds.add(MediaKind.parse(m));
                b.media(kinds);
            });
        }
        return b;
    }

    private static void option(String name, Runnable apply) {
        try {
            apply.run();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + ": " + e.getMessage());
        }
    }

    private static LocalDate date(String option, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException(option + " must be a day like 2024-05-31 or an age like 30d, 6m or 1y, got '" + text + "'");
        }
    }

    /** An age such as 30d (counted back from each run's day), or null when the value is a day or absent. */
    private static Age age(String option, String text) {
        if (text == null || text.isBlank() || !Character.isLetter(text.strip().charAt(text.strip().length() - 1))) return null;
        try {
            return Age.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(option + " must be a day like 2024-05-31 or an age like 30d, 6m or 1y, got '" + text + "'");
        }
    }
}

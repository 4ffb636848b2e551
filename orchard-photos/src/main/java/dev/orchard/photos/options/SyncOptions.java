package dev.orchard.photos.options;

import dev.orchard.icloud.photos.model.MediaKind;
import dev.orchard.localfiles.FileModes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How to sync one library folder. Built with {@link #builder(Path)}; every knob has a default that suits a
 * first run.
 */
public record SyncOptions(Path libraryDir, PathTemplate layout, int downloadThreads, boolean edits, LinkMode albumLinks,
                          DeletedPolicy deleted, int trashDays, boolean includeHidden, boolean includeShared,
                          List<String> albums, LocalDate from, LocalDate to, Set<MediaKind> media, boolean dryRun,
                          boolean forceFull, Clock clock, boolean thumbnails, boolean smartAlbums, List<String> excludeAlbums,
                          NameFilter excludeNames, LiveHalves live, Age recentFrom, Age recentTo,
                          XmpNaming xmp, FileModes fileModes) {

    /** What decides which files exist and where; when it changes, every asset is planned again. */
    public String selectionFingerprint() {
        String base = String.join("|", layout.text(), Boolean.toString(edits), albumLinks.name(), Boolean.toString(includeHidden),
                Boolean.toString(includeShared), String.join(",", albums.stream().sorted().toList()), String.valueOf(from),
                String.valueOf(to), EnumSet.copyOf(media).toString());
        // Later options add to the digest only when set, so a library synced before they existed is not planned again.
        String more = (excludeAlbums.isEmpty() ? "" : "|xa:" + String.join(",", excludeAlbums.stream().sorted().toList()))
                + (excludeNames.globs().isEmpty() ? "" : "|xn:" + String.join(",", excludeNames.globs().stream().sorted().toList()))
                + (live == LiveHalves.BOTH ? "" : "|live:" + live)
                + (recentFrom == null ? "" : "|rf:" + recentFrom) + (recentTo == null ? "" : "|rt:" + recentTo);
        return base + more;
    }

    /** The first day wanted: {@code from}, or today minus {@code recentFrom} (each run counts from its own day). */
    public LocalDate firstDay() {
        return from != null ? from : recentFrom == null ? null : LocalDate.now(clock).minus(recentFrom.period());
    }

    /** The last day wanted: {@code to}, or today minus {@code recentTo}. */
    public LocalDate lastDay() {
        return to != null ? to : recentTo == null ? null : LocalDate.now(clock).minus(recentTo.period());
    }

    public static Builder builder(Path libraryDir) {
        return new Builder(libraryDir);
    }

    public static final class Builder {
        private final Path libraryDir;
        private PathTemplate layout = PathTemplate.parse(PathTemplate.DEFAULT);
        private int downloadThreads = 32;
        private boolean edits = true;
        private LinkMode albumLinks = LinkMode.SYMLINK;
        private DeletedPolicy deleted = DeletedPolicy.TRASH;
        private int trashDays = 30;
        private boolean includeHidden;
        private boolean includeShared = true;
        private List<String> albums = List.of();
        private LocalDate from;
        private LocalDate to;
        private Set<MediaKind> media = EnumSet.allOf(MediaKind.class);
        private boolean dryRun;
        private boolean forceFull;
        private Clock clock = Clock.systemUTC();
        private boolean thumbnails = true;
        private boolean smartAlbums = true;
        private List<String> excludeAlbums = List.of();
        private NameFilter excludeNames = NameFilter.NONE;
        private LiveHalves live = LiveHalves.BOTH;
        private Age recentFrom;
        private Age recentTo;
        private XmpNaming xmp;
        private FileModes fileModes = FileModes.UMASK;

        private Builder(Path libraryDir) {
            this.libraryDir = libraryDir;
        }

        public Builder layout(PathTemplate t) { layout = t; return this; }
        public Builder downloadThreads(int n) {
            if (n < 1 || n > 64) throw new IllegalArgumentException("download threads must be 1-64, got " + n);
            downloadThreads = n;
            return this;
        }
        public Builder edits(boolean on) { edits = on; return this; }
        public Builder albumLinks(LinkMode m) { albumLinks = m; return this; }
        public Builder deleted(DeletedPolicy p) { deleted = p; return this; }
        public Builder trashDays(int d) {
            if (d < 0) throw new IllegalArgumentException("trash retention must be >= 0 days, got " + d);
            trashDays = d;
            return this;
        }
        public Builder includeHidden(boolean on) { includeHidden = on; return this; }
        public Builder includeShared(boolean on) { includeShared = on; return this; }
        public Builder albums(List<String> names) { albums = List.copyOf(names); return this; }
        public Builder from(LocalDate d) { from = d; return this; }
        public Builder to(LocalDate d) { to = d; return this; }
        public Builder media(Set<MediaKind> kinds) {
            if (kinds.isEmpty()) throw new IllegalArgumentException("at least one media type must be selected");
            media = EnumSet.copyOf(kinds);
            return this;
        }
        public Builder dryRun(boolean on) { dryRun = on; return this; }
        public Builder forceFull(boolean on) { forceFull = on; return this; }
        public Builder clock(Clock c) { clock = c; return this; }
        /** Also keep iCloud's JPEG thumbnail and preview of every asset in the state folder (for the web page). */
        public Builder thumbnails(boolean on) { thumbnails = on; return this; }
        /** Keep the smart albums (Favourites, Videos, ...) under Albums/Smart Albums/. */
        public Builder smartAlbums(boolean on) { smartAlbums = on; return this; }
        /** Leave out assets in these albums (names or folder paths, as for {@link #albums}). */
        public Builder excludeAlbums(List<String> names) { excludeAlbums = List.copyOf(names); return this; }
        /** Leave out files whose names match one of these globs. */
        public Builder excludeNames(List<String> globs) { excludeNames = NameFilter.of(globs); return this; }
        public Builder live(LiveHalves halves) { live = halves; return this; }
        /** Only assets taken within this age of each run's day (instead of a fixed {@link #from}). */
        public Builder recentFrom(Age age) { recentFrom = age; return this; }
        /** Only assets taken at least this age before each run's day (instead of a fixed {@link #to}). */
        public Builder recentTo(Age age) { recentTo = age; return this; }
        /**
         * Write an XMP sidecar beside every file, named as {@code naming} says, or none (OFF: and put away those written
         * before). Null (the default) keeps what the library's last sync did, so a sync started for another reason (an
         * archive from the web page) neither drops the sidecars nor lets them go stale.
         */
        public Builder xmp(XmpNaming naming) { xmp = naming; return this; }
        /** The mode of the library's files and folders; {@link FileModes#UMASK} (the default) follows the umask. */
        public Builder fileModes(FileModes m) { fileModes = m; return this; }

        public SyncOptions build() {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
            }
            if ((from != null && recentFrom != null) || (to != null && recentTo != null)) {
                throw new IllegalArgumentException("a date bound is either a day or an age, not both");
            }
            return new SyncOptions(libraryDir, layout, downloadThreads, edits, albumLinks, deleted, trashDays, includeHidden,
                    includeShared, albums, from, to, java.util.Collections.unmodifiableSet(EnumSet.copyOf(media)), dryRun, forceFull, clock,
                    thumbnails, smartAlbums, excludeAlbums, excludeNames, live, recentFrom, recentTo, xmp, fileModes);
        }
    }
}

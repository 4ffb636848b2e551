package dev.orchard.photos.options;

import dev.orchard.icloud.photos.model.MediaKind;
import dev.orchard.photos.layout.PathTemplate;

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
                          boolean forceFull, Clock clock, boolean thumbnails) {

    /** What decides which files exist and where; when it changes, every asset is planned again. */
    public String selectionFingerprint() {
        return String.join("|", layout.text(), Boolean.toString(edits), albumLinks.name(), Boolean.toString(includeHidden),
                Boolean.toString(includeShared), String.join(",", albums.stream().sorted().toList()), String.valueOf(from),
                String.valueOf(to), EnumSet.copyOf(media).toString());
    }

    public static Builder builder(Path libraryDir) {
        return new Builder(libraryDir);
    }

    public static final class Builder {
        private final Path libraryDir;
        private PathTemplate layout = PathTemplate.parse(PathTemplate.DEFAULT);
        private int downloadThreads = 8;
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

        public SyncOptions build() {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
            }
            return new SyncOptions(libraryDir, layout, downloadThreads, edits, albumLinks, deleted, trashDays, includeHidden,
                    includeShared, albums, from, to, java.util.Collections.unmodifiableSet(EnumSet.copyOf(media)), dryRun, forceFull, clock,
                    thumbnails);
        }
    }
}

package dev.orchard.photos.archive;

import dev.orchard.photos.options.Age;
import java.util.ArrayList;
import java.util.List;

/**
 * What to archive: the assets of the named albums or folders (a folder: every album in it), or those older
 * than {@code olderThan}, or, when both are given, the old ones of those albums; never members of
 * {@code exceptAlbums}. {@code keepInICloud}: freeze locally and remove nothing. {@code maxRemoved} caps how
 * many assets one run moves to Recently Deleted (0: no cap), oldest first.
 */
public record ArchiveRequest(List<String> albums, Age olderThan, List<String> exceptAlbums, boolean keepInICloud, int maxRemoved) {
    public ArchiveRequest {
        albums = List.copyOf(albums);
        exceptAlbums = List.copyOf(exceptAlbums);
        if (albums.isEmpty() && olderThan == null) {
            throw new IllegalArgumentException("say what to archive: one or more albums, or --older-than AGE");
        }
        if (maxRemoved < 0) throw new IllegalArgumentException("the most assets to remove must be >= 0, got " + maxRemoved);
    }

    public static ArchiveRequest albums(String... names) {
        return new ArchiveRequest(List.of(names), null, List.of(), false, 0);
    }

    public static ArchiveRequest olderThan(String age, String... except) {
        return new ArchiveRequest(List.of(), Age.parse(age), List.of(except), false, 0);
    }

    public ArchiveRequest keepingInICloud() {
        return new ArchiveRequest(albums, olderThan, exceptAlbums, true, maxRemoved);
    }

    public ArchiveRequest withMax(int max) {
        return new ArchiveRequest(albums, olderThan, exceptAlbums, keepInICloud, max);
    }

    /** Whether the named albums' folders are frozen: only when whole albums are archived, not an age slice of them. */
    public boolean freezesAlbums() {
        return !albums.isEmpty() && olderThan == null;
    }

    /** The rule as the archives list shows it, e.g. {@code albums Trips/Rome} or {@code older than 400d except Family}. */
    public String rule() {
        List<String> parts = new ArrayList<>();
        if (!albums.isEmpty()) parts.add((albums.size() == 1 ? "album " : "albums ") + String.join(", ", albums));
        if (olderThan != null) parts.add("older than " + olderThan);
        if (!exceptAlbums.isEmpty()) parts.add("except " + String.join(", ", exceptAlbums));
        if (keepInICloud) parts.add("(kept in iCloud)");
        return String.join(" ", parts);
    }
}

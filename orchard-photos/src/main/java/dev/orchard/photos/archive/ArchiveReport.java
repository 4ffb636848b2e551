package dev.orchard.photos.archive;

import dev.orchard.photos.archive.ArchivePlan.Item;

import java.util.List;

/**
 * What an archive run did: {@code kept} the assets whose verified files are pinned here (the removed and the
 * favourites among them), {@code removed} those iCloud moved to Recently Deleted, {@code favourites} those
 * left in iCloud as favourites, {@code skipped} those not archived with the reason. {@code requests} counts
 * CloudKit requests.
 */
public record ArchiveReport(long archiveId, String rule, boolean keepInICloud, List<Item> kept, List<Item> removed,
                            List<Item> favourites, List<Item> skipped, int deferred, List<String> frozenAlbums,
                            long bytesFreed, long requests) {

    public long filesKept() {
        return kept.stream().mapToLong(i -> i.files().size()).sum();
    }
}

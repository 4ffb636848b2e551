package dev.orchard.photos.archive;

import java.util.List;

/**
 * What an archive would do, as data (the dry run, the web page's preview, the confirmation prompt):
 * {@code kept} every asset whose verified files stay here, pinned; of those, {@code leaving} move to Recently
 * Deleted and {@code favourites} stay in iCloud; {@code skipped} are not archived, each with the reason;
 * {@code deferred} matched but wait for a later run (the per-run cap). {@code frozenAlbums} are the album
 * folders under Albums/ that stop following iCloud.
 */
public record ArchivePlan(String rule, boolean keepInICloud, List<Item> kept, List<Item> leaving, List<Item> favourites,
                          List<Item> skipped, int deferred, List<String> frozenAlbums) {

    /** One asset: a name to show (its first file), its files and their size here, its size in iCloud, and why. */
    public record Item(String zone, String assetId, long assetDate, String name, List<String> files, long bytes,
                       long icloudBytes, String reason) {
        Item because(String why) {
            return new Item(zone, assetId, assetDate, name, files, bytes, icloudBytes, why);
        }
    }

    public long filesKept() {
        return kept.stream().mapToLong(i -> i.files().size()).sum();
    }

    public long bytesKept() {
        return kept.stream().mapToLong(Item::bytes).sum();
    }

    /** About how much iCloud storage the assets that leave free (their originals, edits and Live Photo parts). */
    public long bytesFreed() {
        return leaving.stream().mapToLong(Item::icloudBytes).sum();
    }

    public boolean nothingToDo() {
        return kept.isEmpty();
    }
}

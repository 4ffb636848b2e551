package dev.orchard.fake.sharedstreams;

import dev.orchard.fake.photos.content.Checksum;
import dev.orchard.fake.photos.content.FileChecksums;

/**
 * One photo or video in a shared album: the file as it was shared (what the service keeps is its
 * largest rendition) and a smaller JPEG rendition, the sharer's file name, date, contributor and caption.
 */
public record SharedItem(String guid, String batchGuid, String filename, String uti, byte[] full, byte[] medium,
                         int width, int height, long dateMillis, Person contributor, String caption) {

    /** Who added an item or owns an album. */
    public record Person(String dsid, String firstName, String lastName) {
        public String fullName() {
            return (firstName + " " + lastName).trim();
        }
    }

    /** Apple's salted SHA-1 {@code fileChecksum} of the full rendition (docs/protocol/photos.md §5). */
    public Checksum fullChecksum() {
        return FileChecksums.of(full);
    }

    public Checksum mediumChecksum() {
        return FileChecksums.of(medium);
    }

    public boolean video() {
        return uti.contains("movie") || uti.contains("mpeg-4");
    }
}

package dev.orchard.photos.state;

/** Where a version of an asset stands on disk. */
public enum FileState {
    /** The path is claimed; the verified file is not there yet (download pending, failed or quarantined). */
    PLANNED,
    /** The file is at its path, complete and checked. */
    PRESENT,
    /** The asset is gone from iCloud, and the deletion policy says keep the file where it is. */
    KEPT
}

/**
 * {@code orchard photos archive}: keeps a verified local copy, pins it and freezes its album folders, then moves the
 * assets to Recently Deleted in iCloud. {@code Archiver} plans (a dry run as data) and runs; {@code ArchiveHistory}
 * reads past runs.
 */
package dev.orchard.photos.archive;

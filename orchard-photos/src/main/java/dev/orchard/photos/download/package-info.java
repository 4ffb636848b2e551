/**
 * Fetching files from iCloud's CDN: a bounded queue of parallel downloads, each streamed to a partial file,
 * resumed with Range, checked for size, HTML pages and Apple's fileChecksum, then fsynced and renamed into place;
 * expired URLs renewed in batches, stalls detected, repeated mismatches quarantined.
 */
package dev.orchard.photos.download;

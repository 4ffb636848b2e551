/**
 * iCloud Photos over CloudKit (docs/protocol/photos.md). {@link dev.orchard.icloud.photos.PhotosService} is the
 * facade callers use: zones, the indexing check, counts, albums, and the listing, change feed and record requests
 * of the packages below it.
 */
package dev.orchard.icloud.photos;

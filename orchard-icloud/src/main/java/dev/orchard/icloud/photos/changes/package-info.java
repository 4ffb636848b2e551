/**
 * The change feed: {@code changes/database} for the zones that changed, then {@code changes/zone} page by page into a
 * {@code ZoneDelta}. Behind {@code PhotosService}; exported to the photos engine only.
 */
package dev.orchard.icloud.photos.changes;

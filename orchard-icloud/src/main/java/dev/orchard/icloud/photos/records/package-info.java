/**
 * Single records: lookups by name ({@code RecordLookup}, also to renew download URLs) and moving assets to Recently
 * Deleted ({@code AssetTrash}, on the change tag seen). Behind {@code PhotosService}; exported to the photos engine only.
 */
package dev.orchard.icloud.photos.records;

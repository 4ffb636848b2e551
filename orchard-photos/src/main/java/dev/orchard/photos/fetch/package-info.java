/**
 * Bringing the state up to date with iCloud: a full listing or the change feeds
 * ({@link dev.orchard.photos.fetch.RemoteFetch}), applying deltas, and the one-time lookup of renditions for a
 * library synced before they were kept. Only the state database is written here, never the library folder.
 */
package dev.orchard.photos.fetch;

/** How a photos sync runs: {@code SyncOptions} (with {@code DeletedPolicy} and the album {@code LinkMode}). No engine imports. */
package dev.orchard.photos.options;

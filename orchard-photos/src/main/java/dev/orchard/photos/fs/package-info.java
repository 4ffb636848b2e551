/**
 * The library folder on disk: its layout ({@link dev.orchard.photos.fs.LibraryPaths}), durable writes (temp name,
 * fsync, rename), the one-process lock and the local trash with its retention.
 */
package dev.orchard.photos.fs;

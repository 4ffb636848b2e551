/**
 * The library folder on disk: its layout ({@link dev.orchard.photos.fs.LibraryPaths}), which also hands out the
 * one-process lock and the local trash; both, and durable writes, come from the shared kit {@code dev.orchard.localfiles}.
 */
package dev.orchard.photos.fs;

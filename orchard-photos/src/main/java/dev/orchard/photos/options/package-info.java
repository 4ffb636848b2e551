/**
 * How a photos sync runs: {@code SyncOptions} and its value types (path template, deleted policy, album links, Live
 * halves, name filter, relative ages, XMP naming, an unknown album name). No engine imports but the name sanitizer the
 * path template renders with.
 */
package dev.orchard.photos.options;

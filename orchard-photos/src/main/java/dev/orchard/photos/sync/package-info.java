/**
 * One sync of a library folder with iCloud Photos. {@link dev.orchard.photos.sync.PhotoSync} runs the steps
 * (fetch, plan and download, albums, settle, tidy) with the options, report and listener of this package; each
 * step lives in its own package. See DEVELOPING.md, "Anatomy of a photos sync", and docs/protocol/photos.md.
 */
package dev.orchard.photos.sync;

/**
 * Names of library files: safe file names from
 * whatever iCloud sends, and the shared base name of an asset's versions (original, Live Photo motion, RAW, edit).
 */
package dev.orchard.photos.layout;

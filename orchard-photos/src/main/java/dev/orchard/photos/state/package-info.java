/**
 * The library's SQLite state ({@code .orchard/photos.db}, mode 0600): masters, assets and their resources as
 * iCloud last described them, the files Orchard owns, albums, zones and change tokens, archives. Every step of a
 * sync commits here as it goes, so a run stopped anywhere is finished by the next one.
 */
package dev.orchard.photos.state;

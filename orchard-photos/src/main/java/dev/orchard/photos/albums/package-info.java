/**
 * The {@code Albums/} folder: the album and folder tree rebuilt from the state as relative symlinks, hard links or
 * copies of the files under {@code Photos/}, removing entries that no longer belong.
 */
package dev.orchard.photos.albums;

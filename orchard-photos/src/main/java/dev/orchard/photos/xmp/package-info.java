/**
 * XMP sidecars ({@code --photos-xmp}): what iCloud knows about an asset that its files do not carry (date with its
 * offset, favourite, title, description, keywords, location, orientation, hidden, albums, asset id), written
 * beside the files so other photo tools read it; the originals stay byte for byte what iCloud holds.
 */
package dev.orchard.photos.xmp;

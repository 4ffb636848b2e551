package dev.orchard.photos.library;

/**
 * An album or folder: {@code path} as under Albums/ (and as {@code orchard photos albums} prints it),
 * {@code count} the assets in it (a folder: in all its albums), {@code cover} the newest one's id.
 */
public record AlbumNode(String id, String name, String path, boolean folder, String parent, long count, String cover,
                        boolean frozen) {
}

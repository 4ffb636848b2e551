package dev.orchard.photos.options;

/** A name that matches no album or folder; the message names the closest ones. */
public final class UnknownAlbumException extends IllegalArgumentException {
    private final String name;

    public UnknownAlbumException(String name, String message) {
        super(message);
        this.name = name;
    }

    /** The name as given. */
    public String name() {
        return name;
    }
}

package dev.orchard.photos.options;

import java.util.Locale;

/** Which halves of a Live Photo the library keeps: the still and its motion part, only the still, or only the motion. */
public enum LiveHalves {
    BOTH, IMAGE, VIDEO;

    public static LiveHalves parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be both, image or video, got '" + text + "'");
        }
    }
}

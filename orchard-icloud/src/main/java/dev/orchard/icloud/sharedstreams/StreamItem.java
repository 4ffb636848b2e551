package dev.orchard.icloud.sharedstreams;

/**
 * One photo or video of a shared album and the largest rendition offered for it. {@code filename} is the
 * sharer's file name when the service tells it (signed-in), null for public links; {@code video} says which
 * extension fits a public rendition.
 */
public record StreamItem(String guid, String filename, long dateMillis, String caption, String contributor,
                         boolean video, Rendition largest) {
}

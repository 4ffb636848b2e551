package dev.orchard.photos.library;

/**
 * One asset in a timeline page. {@code taken} is the capture instant (epoch ms), {@code offset} the capture's
 * UTC offset in seconds; {@code version} changes whenever the asset's files do (for cache-busting URLs).
 */
public record TimelineItem(String id, long taken, int offset, String kind, String name, boolean favorite,
                           boolean archived, boolean leftICloud, String version) {
}

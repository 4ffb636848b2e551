package dev.orchard.photos.library;

import java.util.List;

/** A page of the timeline, newest first; {@code next} is null after the last page. */
public record TimelinePage(List<TimelineItem> items, String next) {
}

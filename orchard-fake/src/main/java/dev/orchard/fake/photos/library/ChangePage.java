package dev.orchard.fake.photos.library;

import java.util.List;

/** One page of a zone's change feed: the records changed after a log position, and where the page ended. */
public record ChangePage(List<ZoneRecord> records, int endPosition, boolean moreComing) {
}

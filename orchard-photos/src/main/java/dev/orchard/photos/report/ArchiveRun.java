package dev.orchard.photos.report;

/** One archive run as the state records it and {@code orchard photos archived} lists it. */
public record ArchiveRun(long id, String rule, boolean keepInICloud, long started, Long finished, long kept, long removed,
                         long skipped, long bytesFreed) {
}

package dev.orchard.photos.library;

/** How many assets were taken in a month ("2024-05", the photos' own local time). */
public record MonthCount(String month, long count) {
}

package dev.orchard.icloud.photos.model;

/**
 * Where an asset was taken: degrees (north and east positive), altitude in metres above sea level, and the course
 * (direction of travel, degrees clockwise from true north) when the fix had one. Null fields were not given.
 */
public record GeoLocation(double latitude, double longitude, Double altitude, Double course) {
}

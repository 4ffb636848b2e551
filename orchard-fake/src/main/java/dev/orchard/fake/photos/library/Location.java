package dev.orchard.fake.photos.library;

/**
 * Where an asset was taken, as the phone's location fix recorded it (docs/protocol/photos.md §2 {@code locationEnc}): degrees,
 * metres above sea level, course in degrees from true north (negative: unknown), speed in m/s (negative: unknown),
 * accuracies in metres, and when the fix was taken (epoch ms).
 */
public record Location(double latitude, double longitude, double altitude, double course, double speed,
                       double horizontalAccuracy, double verticalAccuracy, long timestamp) {
    public Location {
        if (!(latitude >= -90 && latitude <= 90)) throw new IllegalArgumentException("latitude must be -90..90, got " + latitude);
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180..180, got " + longitude);
        }
        if (course >= 360) throw new IllegalArgumentException("course must be below 360 degrees, got " + course);
    }

    /** A fix with only a position and altitude known (course and speed unknown, as Apple writes them: -1). */
    public static Location at(double latitude, double longitude, double altitude, long timestamp) {
        return new Location(latitude, longitude, altitude, -1, -1, 0, 0, timestamp);
    }
}

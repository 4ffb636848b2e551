package dev.orchard.icloud.photos.model;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.BinaryPropertyListParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the binary plists of CPLAsset's {@code keywordsEnc} (an array of strings) and {@code locationEnc} (a
 * dictionary with reals {@code lat}, {@code lon}, {@code alt}, {@code course}, ...; docs/protocol/photos.md §2). Tolerant: a
 * value that is not such a plist reads as absent, never as an error that would stop a listing.
 */
final class MetadataPlists {
    private MetadataPlists() {
    }

    static List<String> keywords(byte[] plist) {
        if (plist == null || !(parse(plist) instanceof NSArray a)) return List.of();
        List<String> out = new ArrayList<>();
        for (NSObject o : a.getArray()) {
            if (o instanceof NSString s && !s.getContent().isBlank()) out.add(s.getContent());
        }
        return out;
    }

    /** The location, or null when there is none or it is not a valid position. */
    static GeoLocation location(byte[] plist) {
        if (plist == null || !(parse(plist) instanceof NSDictionary d)) return null;
        Double lat = real(d, "lat");
        Double lon = real(d, "lon");
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat == 0 && lon == 0)) return null;
        Double course = real(d, "course");
        // CoreLocation writes -1 for a course it does not know.
        if (course != null && (course < 0 || course >= 360)) course = null;
        Double alt = real(d, "alt");
        // Fixes without an altitude carry exactly 0 (recorded with 4-decimal positions); a GPS altitude never is.
        if (alt != null && alt == 0) alt = null;
        return new GeoLocation(lat, lon, alt, course);
    }

    private static Double real(NSDictionary d, String key) {
        if (!(d.objectForKey(key) instanceof NSNumber n)) return null;
        double v = n.doubleValue();
        return Double.isFinite(v) ? v : null;
    }

    /** Binary plists only: Apple sends nothing else here, and an XML one would bring an XML parser to server data. */
    private static NSObject parse(byte[] plist) {
        try {
            return BinaryPropertyListParser.parse(plist);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }
}

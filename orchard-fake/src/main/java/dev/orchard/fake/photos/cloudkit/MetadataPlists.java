package dev.orchard.fake.photos.cloudkit;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSString;
import dev.orchard.fake.photos.library.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

/**
 * The binary plists CPLAsset carries in ENCRYPTED_BYTES fields (docs/protocol/photos.md §2): {@code keywordsEnc} is an array of
 * strings; {@code locationEnc} a dictionary of reals {@code lat, lon, alt, course, speed, horzAcc, vertAcc} and a
 * date {@code timestamp}, as in the recorded Apple responses.
 */
final class MetadataPlists {
    private MetadataPlists() {
    }

    static byte[] keywords(List<String> keywords) {
        NSArray a = new NSArray(keywords.size());
        for (int i = 0; i < keywords.size(); i++) a.setValue(i, new NSString(keywords.get(i)));
        return binary(a);
    }

    static byte[] location(Location l) {
        NSDictionary d = new NSDictionary();
        d.put("lat", new NSNumber(l.latitude()));
        d.put("lon", new NSNumber(l.longitude()));
        d.put("alt", new NSNumber(l.altitude()));
        d.put("course", new NSNumber(l.course()));
        d.put("speed", new NSNumber(l.speed()));
        d.put("horzAcc", new NSNumber(l.horizontalAccuracy()));
        d.put("vertAcc", new NSNumber(l.verticalAccuracy()));
        d.put("timestamp", new NSDate(new Date(l.timestamp())));
        return binary(d);
    }

    private static byte[] binary(com.dd.plist.NSObject o) {
        try {
            return BinaryPropertyListWriter.writeToArray(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

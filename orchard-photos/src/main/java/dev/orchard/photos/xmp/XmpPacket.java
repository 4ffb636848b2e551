package dev.orchard.photos.xmp;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.PropertyOptions;
import com.adobe.internal.xmp.options.SerializeOptions;
import dev.orchard.icloud.photos.model.AssetMetadata;
import dev.orchard.icloud.photos.model.GeoLocation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a sidecar's XMP packet with Adobe's XMP library (well-formed RDF/XML, escaping included). Properties are
 * the ones photo tools read from sidecars: {@code exif:DateTimeOriginal}, {@code xmp:CreateDate} and
 * {@code photoshop:DateCreated} with the capture's offset; {@code xmp:Rating} 5 for a favourite (0 otherwise);
 * {@code dc:title}, {@code dc:description}, {@code dc:subject} (keywords); {@code exif:GPS*} position, altitude
 * and {@code GPSTrack} (iCloud keeps the course, the direction of travel); {@code tiff:Orientation}; albums as
 * {@code lr:hierarchicalSubject}; the iCloud asset id and the hidden flag in Orchard's own namespace.
 */
public final class XmpPacket {
    public static final String NS_LIGHTROOM = "http://ns.adobe.com/lightroom/1.0/";
    public static final String NS_ICLOUD = "http://ns.orchard.dev/icloud/1.0/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx", Locale.ROOT);
    private static final PropertyOptions BAG = new PropertyOptions().setArray(true);

    static {
        try {
            XMPMetaFactory.getSchemaRegistry().registerNamespace(NS_LIGHTROOM, "lr");
            XMPMetaFactory.getSchemaRegistry().registerNamespace(NS_ICLOUD, "icloud");
        } catch (XMPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmpPacket() {
    }

    public static byte[] of(SidecarFacts f) {
        try {
            XMPMeta x = XMPMetaFactory.create();
            String taken = DATE.format(Instant.ofEpochMilli(f.assetDate()).atOffset(ZoneOffset.ofTotalSeconds(f.timeZoneOffset())));
            x.setProperty(XMPConst.NS_EXIF, "DateTimeOriginal", taken);
            x.setProperty(XMPConst.NS_XMP, "CreateDate", taken);
            x.setProperty(XMPConst.NS_PHOTOSHOP, "DateCreated", taken);
            x.setPropertyInteger(XMPConst.NS_XMP, "Rating", f.favorite() ? 5 : 0);
            AssetMetadata m = f.meta();
            if (m.title() != null) x.setLocalizedText(XMPConst.NS_DC, "title", null, XMPConst.X_DEFAULT, xmlText(m.title()));
            if (m.description() != null) {
                x.setLocalizedText(XMPConst.NS_DC, "description", null, XMPConst.X_DEFAULT, xmlText(m.description()));
            }
            for (String k : m.keywords()) x.appendArrayItem(XMPConst.NS_DC, "subject", BAG, xmlText(k), null);
            for (String a : f.albums()) x.appendArrayItem(NS_LIGHTROOM, "hierarchicalSubject", BAG, xmlText(a), null);
            if (m.location() != null) gps(x, m.location());
            if (m.orientation() >= 1 && m.orientation() <= 8 && !f.video()) x.setPropertyInteger(XMPConst.NS_TIFF, "Orientation", m.orientation());
            x.setProperty(NS_ICLOUD, "AssetID", f.assetId());
            x.setPropertyBoolean(NS_ICLOUD, "Hidden", f.hidden());
            // Padding 0 means the library's default of 2 KB, room for in-place edits a sidecar does not need.
            SerializeOptions o = new SerializeOptions().setPadding(1).setSort(true).setUseCompactFormat(true).setOmitPacketWrapper(false);
            return XMPMetaFactory.serializeToBuffer(x, o);
        } catch (XMPException e) {
            throw new IllegalStateException("cannot write the XMP of asset " + f.assetId() + ": " + e.getMessage(), e);
        }
    }

    private static void gps(XMPMeta x, GeoLocation l) throws XMPException {
        x.setProperty(XMPConst.NS_EXIF, "GPSVersionID", "2.3.0.0");
        x.setProperty(XMPConst.NS_EXIF, "GPSLatitude", coordinate(l.latitude(), 'N', 'S'));
        x.setProperty(XMPConst.NS_EXIF, "GPSLongitude", coordinate(l.longitude(), 'E', 'W'));
        if (l.altitude() != null) {
            x.setProperty(XMPConst.NS_EXIF, "GPSAltitudeRef", l.altitude() < 0 ? "1" : "0");
            x.setProperty(XMPConst.NS_EXIF, "GPSAltitude", rational(Math.abs(l.altitude())));
        }
        if (l.course() != null) {
            x.setProperty(XMPConst.NS_EXIF, "GPSTrackRef", "T");
            x.setProperty(XMPConst.NS_EXIF, "GPSTrack", rational(l.course()));
        }
    }

    /**
     * Text without the characters XML 1.0 cannot carry at all (control characters other than tab and line breaks,
     * unpaired surrogates, U+FFFE/U+FFFF): the library escapes markup but writes those as they are, which no reader
     * would accept.
     */
    static String xmlText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** XMP's GPSCoordinate: {@code DDD,MM.mmmmmmK} (degrees, decimal minutes, reference). */
    static String coordinate(double degrees, char positive, char negative) {
        long microMinutes = Math.round(Math.abs(degrees) * 60_000_000d);
        long whole = microMinutes / 60_000_000L;
        long rest = microMinutes % 60_000_000L;
        return String.format(Locale.ROOT, "%d,%d.%06d%c", whole, rest / 1_000_000L, rest % 1_000_000L, degrees < 0 ? negative : positive);
    }

    /** An EXIF rational in millis: {@code 4500/1000}. */
    static String rational(double v) {
        return Math.round(v * 1000) + "/1000";
    }
}

package dev.orchard.fake.photos.cdn;

import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.Checksum;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Download URLs in Apple's shape (docs/protocol/photos.md §6): {@code /B/<base64url(fileChecksum)><base64url(referenceChecksum)>/${f}}
 * and a query whose {@code e} is the expiry in epoch seconds. The reference checksum and wrapping key are
 * opaque to clients; here they are derived from the file checksum.
 */
public final class DownloadUrls {
    /** The literal file-name placeholder CloudKit JS puts in the path. */
    public static final String NAME_PLACEHOLDER = "${f}";

    private DownloadUrls() {
    }

    public static String of(String cdnOrigin, Checksum file, String zoneName, long expiresEpochSeconds) {
        String fc = file.base64Url();
        String opaque = b64u(longs(Blob.mix(file.hi() ^ expiresEpochSeconds), Blob.mix(file.mid())));
        return cdnOrigin + "/B/" + fc + referenceChecksum(file).base64Url() + "/" + NAME_PLACEHOLDER
                + "?o=" + opaque + "&v=1&x=3&a=" + b64u(longs(Blob.mix(file.lo()), file.hi()))
                + "&e=" + expiresEpochSeconds + "&fl=&r=" + dev.orchard.fake.photos.library.Ids.uuid(file.hi() ^ expiresEpochSeconds)
                + "-1&k=" + wrappingKeyUrl(file) + "&ckc=com.apple.photos.cloud&ckz=" + zoneName
                + "&y=1&p=61&s=" + b64u(longs(Blob.mix(expiresEpochSeconds ^ file.mid()), Blob.mix(file.lo())));
    }

    public static Checksum referenceChecksum(Checksum file) {
        return new Checksum(Blob.mix(file.hi() ^ 0x7265660AL), Blob.mix(file.mid() ^ 0x726566L), (int) Blob.mix(file.lo()));
    }

    /** The 16-byte {@code wrappingKey}, standard base64. */
    public static String wrappingKey(Checksum file) {
        return Base64.getEncoder().encodeToString(wrappingKeyBytes(file));
    }

    private static String wrappingKeyUrl(Checksum file) {
        return b64u(wrappingKeyBytes(file));
    }

    private static byte[] wrappingKeyBytes(Checksum file) {
        return longs(Blob.mix(file.hi() ^ 0x6B6579L), Blob.mix(file.lo() ^ 0x6B6579L));
    }

    /** The file checksum a {@code /B/} path segment names, or null when the segment is not one of ours. */
    public static Checksum parseToken(String segment) {
        if (segment == null || segment.length() != 56) return null;
        Checksum file = Checksum.parse(segment.substring(0, 28));
        if (file == null || !referenceChecksum(file).base64Url().equals(segment.substring(28))) return null;
        return file;
    }

    private static byte[] longs(long a, long b) {
        return ByteBuffer.allocate(16).putLong(a).putLong(b).array();
    }

    private static String b64u(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

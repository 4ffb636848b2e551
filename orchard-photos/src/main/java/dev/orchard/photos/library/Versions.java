package dev.orchard.photos.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short digest of an asset's fingerprints: changes whenever iCloud changes what its files are. */
final class Versions {
    private Versions() {
    }

    static String of(String fingerprints) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(fingerprints.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

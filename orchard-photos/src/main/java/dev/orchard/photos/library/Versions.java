package dev.orchard.photos.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short hex digest: of an asset's fingerprints (changes whenever iCloud changes its files), or of what identifies some bytes (ETags). */
public final class Versions {
    private Versions() {
    }

    public static String of(String fingerprints) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(fingerprints.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

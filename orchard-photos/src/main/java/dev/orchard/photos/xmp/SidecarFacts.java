package dev.orchard.photos.xmp;

import dev.orchard.icloud.photos.model.AssetMetadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a sidecar says about one asset. {@code albums} are album paths with {@code |} between a folder and
 * what it holds (Lightroom's {@code hierarchicalSubject}); {@code video} leaves out the image orientation.
 */
public record SidecarFacts(String assetId, long assetDate, int timeZoneOffset, boolean favorite, boolean hidden, boolean video,
                           AssetMetadata meta, List<String> albums) {
    /** Bump when the packet's layout changes, so every sidecar is written again. */
    static final int FORMAT = 1;

    public SidecarFacts {
        albums = List.copyOf(albums);
        if (meta == null) meta = AssetMetadata.NONE;
    }

    /** A digest of the facts: equal digests mean equal sidecars. */
    public String digest() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest((FORMAT + "\n" + this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Digests of everything about a master or an asset that can change a file or its place (download URLs excluded). */
final class Fingerprints {
    private Fingerprints() {
    }

    static String of(Master m) {
        StringBuilder b = new StringBuilder();
        b.append(m.filename()).append('\n').append(m.itemType()).append('\n').append(m.dataClassType()).append('\n');
        resources(b, m.resources());
        return digest(b);
    }

    static String of(Asset a) {
        StringBuilder b = new StringBuilder();
        b.append(a.masterId()).append('\n').append(a.assetDate()).append('\n').append(a.addedDate()).append('\n')
                .append(a.timeZoneOffset()).append('\n').append(a.favorite()).append(a.hidden()).append(a.trashed()).append('\n')
                .append(a.subtypeV2()).append('\n').append(a.adjustmentType()).append('\n');
        // Appended only when set, so assets stored before these fields were kept keep their digest.
        if (a.subtype() != 0) b.append("subtype:").append(a.subtype()).append('\n');
        if (a.burstId() != null) b.append("burst:").append(a.burstId()).append('\n');
        resources(b, a.resources());
        // Only assets with metadata hash it, so the fingerprints of the others stay what they were before it was kept.
        if (!a.meta().isEmpty()) b.append(a.meta()).append('\n');
        return digest(b);
    }

    private static void resources(StringBuilder b, Map<?, Resource> resources) {
        Map<String, Resource> sorted = new TreeMap<>();
        resources.values().forEach(r -> sorted.put(r.role().name(), r));
        for (Resource r : sorted.values()) {
            b.append(r.role()).append(':').append(r.checksum()).append(':').append(r.size()).append(':').append(r.fileType()).append('\n');
        }
    }

    private static String digest(StringBuilder b) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

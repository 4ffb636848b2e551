package dev.orchard.fake.drive.docws;

import dev.orchard.fake.drive.content.Blob;
import dev.orchard.fake.drive.tree.DriveItem;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Reserved uploads: upload/web hands one out, the content POST fills it, update/documents commits it. */
final class UploadSlots {
    static final class Slot {
        final String token;
        final String documentId;
        final String owner;
        final String zone;
        final String fileName;
        final Instant expiresAt;
        Blob blob;
        String receipt;
        DriveItem committed;

        Slot(String token, String documentId, String owner, String zone, String fileName, Instant expiresAt) {
            this.token = token;
            this.documentId = documentId;
            this.owner = owner;
            this.zone = zone;
            this.fileName = fileName;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<String, Slot> byToken = new ConcurrentHashMap<>();
    private final Map<String, Slot> byDocument = new ConcurrentHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    UploadSlots(Clock clock) {
        this.clock = clock;
    }

    Slot reserve(String owner, String zone, String fileName, Duration lifetime) {
        Instant now = clock.instant();
        if (reserved.incrementAndGet() % 1024 == 0) {
            byToken.values().removeIf(s -> s.expiresAt.isBefore(now.minus(Duration.ofHours(1))));
            byDocument.values().removeIf(s -> s.expiresAt.isBefore(now.minus(Duration.ofHours(1))));
        }
        Slot s = new Slot(randomText(24), UUID.randomUUID().toString().toUpperCase(Locale.ROOT), owner, zone, fileName,
                now.plus(lifetime));
        byToken.put(s.token, s);
        byDocument.put(owner + "/" + s.documentId, s);
        return s;
    }

    Slot byToken(String token) {
        return token == null ? null : byToken.get(token);
    }

    Slot byDocument(String owner, String documentId) {
        return documentId == null ? null : byDocument.get(owner + "/" + documentId);
    }

    boolean expired(Slot s) {
        return !clock.instant().isBefore(s.expiresAt);
    }

    /** An opaque receipt shaped like Apple's {@code A::b::c}. */
    String newReceipt() {
        return "A" + randomText(9) + "::" + randomText(12) + "::" + randomText(6);
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

package dev.orchard.fake.drive.docws;

import dev.orchard.fake.drive.content.Blob;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.PublicUrls;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The pre-signed download URLs handed out: each names one blob version and expires on the fake clock. */
final class DownloadTickets {
    /** A ticket and the URL that presents it. */
    record Link(Ticket ticket, String url) {
    }

    record Ticket(String id, Blob blob, String fileName, boolean isPackage, Instant expiresAt, boolean redirected) {
    }

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    DownloadTickets(Clock clock) {
        this.clock = clock;
    }

    Ticket issue(Blob blob, String fileName, boolean isPackage, Duration lifetime, boolean redirected) {
        Instant now = clock.instant();
        if (issued.incrementAndGet() % 1024 == 0) {
            tickets.values().removeIf(t -> t.expiresAt().isBefore(now.minus(Duration.ofHours(1))));
        }
        byte[] b = new byte[18];
        random.nextBytes(b);
        Ticket t = new Ticket(Base64.getUrlEncoder().withoutPadding().encodeToString(b), blob, fileName, isPackage,
                now.plus(lifetime), redirected);
        tickets.put(t.id(), t);
        return t;
    }

    /** A fresh URL for the current content of {@code file}, on the CDN origin the client sees. */
    Link link(Exchange ex, DriveItem file, Duration lifetime) {
        Ticket t = issue(file.content(), file.name(), file.isPackage(), lifetime, false);
        return new Link(t, DocwsUrls.download(PublicUrls.cdn(ex), file.content().fileChecksum(), t, file.zone().id()));
    }

    /** The ticket, expired or not; null when never issued (or long gone). */
    Ticket find(String id) {
        return tickets.get(id);
    }

    boolean expired(Ticket t) {
        return !clock.instant().isBefore(t.expiresAt());
    }
}

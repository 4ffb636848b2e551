package dev.orchard.icloud.drive;

import dev.orchard.icloud.http.RetryPolicy;

import java.time.Duration;
import java.util.Set;

/**
 * Retries per docs/protocol/drive.md §7. Reads and idempotent calls retry 400 (iCloud flakiness), 408, 429 and 5xx with
 * exponential backoff; mutations only retry answers that mean "not done" (400, 429, 503), since a
 * replayed rename after a 500 may have happened already (the etag check then reports it).
 */
final class DrivePolicies {
    static final RetryPolicy READ = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(120), Set.of(400, 408, 429, 500, 502, 503, 504), true);

    static final RetryPolicy MUTATION = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(120), Set.of(400, 429, 503), false);

    /** Content POSTs and commits: the same upload URL or the same commit may be sent again safely. */
    static final RetryPolicy IDEMPOTENT = READ;

    private DrivePolicies() {
    }
}

package dev.orchard.app.status;

import java.time.Instant;

/** How far a running job is: {@code total} is -1 when unknown. */
public record JobProgress(String phase, long done, long total, Instant at) {
}

package dev.orchard.app.status;

import java.time.Instant;
import java.util.List;

/** Everything the status page and {@code /api/status} show, taken at one moment: one entry per Apple ID. */
public record DaemonStatus(String version, Instant startedAt, List<AccountStatus> accounts) {
}

package dev.orchard.app.daemon;

import dev.orchard.app.notify.EventType;
import dev.orchard.app.notify.NotificationChannel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** How one Apple ID of {@code orchard run} was configured; {@code accountDir} holds its job history next to its session. */
public record AccountSettings(String account, Path accountDir, Duration mfaTimeout, Duration trustWarning, int alertAfterFailures,
                              List<NotificationChannel> channels, Set<EventType> events) {
}

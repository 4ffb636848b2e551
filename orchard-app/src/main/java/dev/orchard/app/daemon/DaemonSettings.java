package dev.orchard.app.daemon;

import dev.orchard.app.notify.EventType;
import dev.orchard.app.notify.NotificationChannel;
import dev.orchard.app.web.WebAccess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How {@code orchard run} was configured. {@code webPort} -1 turns the web server off, 0 picks a free port.
 * {@code accountDir} holds the job history next to the session.
 */
public record DaemonSettings(String account, Path accountDir, Duration mfaTimeout, Duration trustWarning, int alertAfterFailures,
                             List<NotificationChannel> channels, Set<EventType> events,
                             String webBind, int webPort, WebAccess webAccess, Duration stopTimeout) {
}

package dev.orchard.app.daemon;

import dev.orchard.app.web.WebAccess;

import java.time.Duration;

/** How {@code orchard run} as a whole was configured. {@code webPort} -1 turns the web server off, 0 picks a free port. */
public record DaemonSettings(String webBind, int webPort, WebAccess webAccess, Duration stopTimeout) {
}

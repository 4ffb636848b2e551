package dev.orchard.app.notify;

import java.time.Instant;

/** Something to tell the user. {@code job} is null for account-wide events. Never carries secrets. */
public record Event(EventType type, String title, String message, String account, String job, Instant at) {
}

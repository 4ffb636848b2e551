package dev.orchard.app.notify;

/** Where the daemon raises events; the {@link Notifier} fans them out to the configured channels. */
@FunctionalInterface
public interface EventSink {
    EventSink NONE = e -> { };

    void raise(Event event);
}

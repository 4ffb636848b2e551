package dev.orchard.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Sends each raised event of the wanted types to every channel, one at a time on its own thread so a slow
 * mail server never holds up a sync. A failing channel is logged and reported, and the others still get it.
 */
public final class Notifier implements EventSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final List<NotificationChannel> channels;
    private final Set<EventType> wanted;
    private final BiConsumer<String, String> onFailure;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("notify").daemon().factory());
    private volatile Future<?> last;

    /** {@code onFailure} gets the channel's description and the error message. */
    public Notifier(List<NotificationChannel> channels, Set<EventType> wanted, BiConsumer<String, String> onFailure) {
        this.channels = List.copyOf(channels);
        this.wanted = Set.copyOf(wanted);
        this.onFailure = onFailure;
    }

    @Override
    public void raise(Event raised) {
        Event event = named(raised);
        LOG.info("event {}: {}", event.type().id(), event.title());
        if (!wanted.contains(event.type()) || channels.isEmpty()) return;
        last = sender.submit(() -> deliver(event));
    }

    /** The title names the account, so a family with several Apple IDs knows whose backup it is about. */
    static Event named(Event e) {
        if (e.account() == null || e.title().contains(e.account())) return e;
        return new Event(e.type(), e.title() + " (" + e.account() + ")", e.message(), e.account(), e.job(), e.at());
    }

    private void deliver(Event event) {
        for (NotificationChannel c : channels) {
            try {
                c.send(event);
                LOG.debug("sent {} to {}", event.type().id(), c.describe());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warn("could not notify by {}: {}", c.describe(), message);
                onFailure.accept(c.describe(), message);
            }
        }
    }

    public List<NotificationChannel> channels() {
        return channels;
    }

    /** Waits until everything raised so far has been handed to the channels. */
    public void flush() throws Exception {
        Future<?> f = last;
        if (f != null) f.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        sender.shutdown();
        try {
            sender.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.orchard.app.daemon;

import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.NotificationChannel;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps every event it is sent, for tests to wait on. */
final class RecordingChannel implements NotificationChannel {
    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    @Override
    public String describe() {
        return "recording";
    }

    @Override
    public void send(Event event) {
        events.add(event);
    }

    Event next() throws InterruptedException {
        Event e = events.poll(20, TimeUnit.SECONDS);
        if (e == null) throw new AssertionError("no event arrived");
        return e;
    }
}

package dev.orchard.app.status;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last few problems, newest first, for the status page. Messages are the one-line user messages. */
public final class RecentErrors {
    /** One problem: {@code source} is a job name or "sign-in". */
    public record Entry(Instant at, String source, String message) {
    }

    private static final int KEEP = 20;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Clock clock;

    public RecentErrors(Clock clock) {
        this.clock = clock;
    }

    public synchronized void add(String source, String message) {
        entries.addFirst(new Entry(clock.instant(), source, message));
        while (entries.size() > KEEP) entries.removeLast();
    }

    public synchronized List<Entry> list() {
        return new ArrayList<>(entries);
    }
}

package dev.orchard.fake.photos;

import dev.orchard.fake.photos.library.PhotoLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes made "on another device" at a chosen moment of a client's conversation with the fake, for the race
 * between a client's {@code records/lookup} and its {@code records/modify}: each hook runs once, either just
 * before the next {@code records/modify} is handled, or just after the Nth {@code records/lookup} from now has
 * been answered (its answer shows the state before the change; the change is done before the client gets it).
 * The action gets the library of the account that made the request.
 *
 * <pre>{@code fake.photos().hooks().beforeNextModify("favourite " + id, lib -> lib.favorite(id, true));
 * fake.photos().hooks().afterLookup(2, "edit " + id, lib -> lib.edit(id));}</pre>
 */
public final class PhotosHooks {
    private static final Logger LOG = LoggerFactory.getLogger(PhotosHooks.class);

    private enum Moment { BEFORE_MODIFY, AFTER_LOOKUP }

    private static final class Hook {
        final Moment moment;
        final String description;
        final Consumer<PhotoLibrary> action;
        int lookupsLeft;

        Hook(Moment moment, String description, Consumer<PhotoLibrary> action, int lookupsLeft) {
            this.moment = moment;
            this.description = description;
            this.action = action;
            this.lookupsLeft = lookupsLeft;
        }

        @Override
        public String toString() {
            return description + (moment == Moment.BEFORE_MODIFY ? " before the next records/modify"
                    : " after " + (lookupsLeft == 1 ? "the next records/lookup" : lookupsLeft + " more records/lookup calls"));
        }
    }

    private final List<Hook> pending = new ArrayList<>();

    /** Runs {@code action} once, just before the next records/modify request is handled. */
    public synchronized PhotosHooks beforeNextModify(String description, Consumer<PhotoLibrary> action) {
        pending.add(new Hook(Moment.BEFORE_MODIFY, description, action, 0));
        return this;
    }

    /** Runs {@code action} once, just after the {@code nth} records/lookup from now (1: the next) has been handled. */
    public synchronized PhotosHooks afterLookup(int nth, String description, Consumer<PhotoLibrary> action) {
        if (nth < 1) throw new IllegalArgumentException("the lookup count must be >= 1, got " + nth);
        pending.add(new Hook(Moment.AFTER_LOOKUP, description, action, nth));
        return this;
    }

    /** What is still waiting, in words. */
    public synchronized List<String> pending() {
        return pending.stream().map(Hook::toString).toList();
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** Called by the CloudKit endpoint before it handles a records/modify. */
    public void modifyComing(PhotoLibrary library) {
        run(library, take(Moment.BEFORE_MODIFY));
    }

    /** Called by the CloudKit endpoint after it handled a records/lookup, before it answers. */
    public void lookupDone(PhotoLibrary library) {
        run(library, take(Moment.AFTER_LOOKUP));
    }

    private synchronized List<Hook> take(Moment moment) {
        List<Hook> due = new ArrayList<>();
        for (Hook h : pending) {
            if (h.moment != moment) continue;
            if (moment == Moment.BEFORE_MODIFY || --h.lookupsLeft == 0) due.add(h);
        }
        pending.removeAll(due);
        return due;
    }

    /** A hook that fails (the asset was purged meanwhile, ...) must not turn the client's request into a 500. */
    private static void run(PhotoLibrary library, List<Hook> due) {
        for (Hook h : due) {
            try {
                h.action.accept(library);
            } catch (RuntimeException e) {
                LOG.warn("photos hook '{}' failed: {}", h.description, e.getMessage());
            }
        }
    }
}

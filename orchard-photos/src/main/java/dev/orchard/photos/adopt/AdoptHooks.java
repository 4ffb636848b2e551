package dev.orchard.photos.adopt;

import java.nio.file.Path;

/** Test hooks around each placement (a test throws from one to stand for {@code kill -9}). */
public interface AdoptHooks {
    AdoptHooks NONE = new AdoptHooks() {
    };

    /** {@code dest} is claimed in the state (and the move journalled); nothing is on disk yet. */
    default void claimed(Path source, Path dest) {
    }

    /** The file is at {@code dest} (renamed, copied or linked) and not yet recorded. */
    default void placed(Path source, Path dest) {
    }
}

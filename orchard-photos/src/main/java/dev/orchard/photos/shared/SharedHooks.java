package dev.orchard.photos.shared;

import java.nio.file.Path;

/** Where tests stop a shared-album sync to simulate {@code kill -9}; a hook that throws an Error ends it there. */
public interface SharedHooks {
    SharedHooks NONE = new SharedHooks() {
    };

    /** The verified, fsynced temp file is about to be renamed to {@code target}. */
    default void beforeRename(Path temp, Path target) {
    }

    /** The file is in place under its final name; the state does not know yet. */
    default void afterRename(Path target) {
    }
}

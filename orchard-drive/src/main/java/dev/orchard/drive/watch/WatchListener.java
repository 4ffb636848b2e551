package dev.orchard.drive.watch;

import dev.orchard.drive.sync.PassReport;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@link DriveWatch} tells its caller: the console prints it, a metrics or health endpoint can count it.
 * Called on the watch thread; keep it quick.
 */
public interface WatchListener {
    /** Watching has started (before the first pass). */
    default void started(Path folder, Duration interval) {
    }

    /** A pass is about to start. */
    default void passStarted() {
    }

    /** A pass ran to its end (it may still have failed items: {@code report.clean()}). */
    default void passed(PassReport report) {
    }

    /** A pass could not run or stopped early; {@code message} is one line. */
    default void passFailed(String message) {
    }

    /**
     * Apple ended the session and signing in again is turned off: the watch stops with the
     * {@code SessionEndedException} right after this.
     */
    default void sessionEnded(String message) {
    }

    /** The loop has stopped. */
    default void stopped() {
    }

    WatchListener NONE = new WatchListener() {
    };
}

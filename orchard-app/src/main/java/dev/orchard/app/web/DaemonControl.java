package dev.orchard.app.web;

import dev.orchard.app.daemon.DaemonStatus;

/** What the web server may see and do in the daemon. */
public interface DaemonControl {
    DaemonStatus status();

    /** "Sync now": false when the job is running already or unknown. */
    boolean syncNow(String job);

    /** Starts a new sign-in after one that needed the user (a timed-out code, a changed password). */
    void signInAgain();

    /** Ready means the web server is up; healthy means signed in or waiting only on Apple. */
    boolean healthy();
}

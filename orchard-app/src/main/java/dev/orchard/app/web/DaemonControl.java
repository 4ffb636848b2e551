package dev.orchard.app.web;

import dev.orchard.app.status.DaemonStatus;

/** What the web server may see and do in the daemon. */
public interface DaemonControl {
    DaemonStatus status();

    /** "Sync now" for a job of an account (null: the only one): false when the job is running already or unknown. */
    boolean syncNow(String account, String job);

    /** Starts a new sign-in of an account (null: the only one) after one that needed the user (a timed-out code, a changed password). */
    void signInAgain(String account);

    /** Ready means the web server is up; healthy means every account is signed in or waiting only on Apple. */
    boolean healthy();
}

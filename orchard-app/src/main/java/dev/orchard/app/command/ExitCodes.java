package dev.orchard.app.command;

/** Process exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed (a sync error, an unexpected answer). */
    public static final int FAILURE = 1;
    /** Bad command line or configuration. */
    public static final int USAGE = 2;
    /** Signing in needs the user: wrong password, 2FA code, ADP approval, locked account... */
    public static final int NEEDS_USER = 3;
    /** Temporary: Apple throttling or the network; try again later. */
    public static final int TEMPORARY = 4;

    private ExitCodes() {
    }
}

package dev.orchard.app.daemon;

/** Where the daemon's one shared iCloud session stands. Jobs run only while {@link #SIGNED_IN}. */
public enum SessionState {
    SIGNING_IN("signing in"),
    WAITING_FOR_CODE("waiting for a verification code"),
    SIGNED_IN("signed in"),
    NEEDS_USER("needs you"),
    RETRY_LATER("will try again later"),
    STOPPED("stopped");

    private final String label;

    SessionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package dev.orchard.app.notify;

import java.util.Locale;

/** What Orchard tells people about; the name is what {@code --notify-events} and the channels use. */
public enum EventType {
    MFA_NEEDED("mfa-needed"),
    TRUST_EXPIRING("trust-expiring"),
    JOB_FAILING("job-failing"),
    RUN_SUMMARY("run-summary");

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static EventType parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (EventType t : values()) if (t.id.equals(v)) return t;
        throw new IllegalArgumentException("'" + s + "' is not an event (use mfa-needed, trust-expiring, job-failing, run-summary)");
    }
}

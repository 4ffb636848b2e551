package dev.orchard.app.status;

/** Names of the meters the daemon and jobs share; Prometheus shows them with dots as underscores. */
public final class Metrics {
    public static final String ASSETS = "orchard.assets";
    public static final String FILES = "orchard.files";
    public static final String BYTES = "orchard.bytes";
    public static final String ERRORS = "orchard.errors";
    public static final String RUNS = "orchard.job.runs";
    public static final String DURATION = "orchard.job.duration";
    public static final String RUNNING = "orchard.job.running";
    public static final String CONSECUTIVE_FAILURES = "orchard.job.consecutive.failures";
    public static final String LAST_SUCCESS = "orchard.job.last.success.timestamp.seconds";
    public static final String TRUST_EXPIRY = "orchard.trust.expiry.seconds";
    public static final String SIGNED_IN = "orchard.session.signed.in";
    public static final String WAITING_FOR_CODE = "orchard.session.waiting.for.code";

    private Metrics() {
    }
}

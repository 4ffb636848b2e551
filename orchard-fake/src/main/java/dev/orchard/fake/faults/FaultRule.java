package dev.orchard.fake.faults;

import dev.orchard.fake.http.ServiceGroup;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fault to inject. It applies to requests of {@code group} (null: any) whose path contains
 * {@code pathContains} (null: any), fires with {@code probability}, and at most {@code count} times
 * (negative: unlimited).
 */
public final class FaultRule {
    private final ServiceGroup group;
    private final String pathContains;
    private final FaultKind kind;
    private final int status;
    private final int retryAfterSeconds;
    private final String serverErrorCode;
    private final double probability;
    private final AtomicInteger remaining;

    public FaultRule(ServiceGroup group, String pathContains, FaultKind kind, int status, int retryAfterSeconds,
                     String serverErrorCode, double probability, int count) {
        if (probability <= 0 || probability > 1) {
            throw new IllegalArgumentException("fault rate must be in (0, 1], got " + probability);
        }
        if (kind == FaultKind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("a status fault needs a status from 400 to 599, got " + status);
        }
        this.group = group;
        this.pathContains = pathContains == null && kind == FaultKind.CAS_OP_LOCK ? FaultKind.CAS_OP_LOCK_PATH : pathContains;
        this.kind = kind;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.serverErrorCode = serverErrorCode == null && kind.cloudKitBody() ? "TRY_AGAIN_LATER" : serverErrorCode;
        this.probability = probability;
        this.remaining = new AtomicInteger(count);
    }

    /** Shorthand: the next {@code count} requests of {@code group} get {@code status} with Retry-After. */
    public static FaultRule status(ServiceGroup group, int status, int retryAfterSeconds, int count) {
        return new FaultRule(group, null, FaultKind.STATUS, status, retryAfterSeconds, null, 1.0, count);
    }

    public static FaultRule of(ServiceGroup group, FaultKind kind, double probability, int count) {
        return new FaultRule(group, null, kind, 503, 0, null, probability, count);
    }

    /**
     * Parses {@code key=value} pairs separated by commas: group, path, kind (status|reset|truncate|
     * cloudkit-error|cas-op-lock), status, retry-after, code, rate, count. Example:
     * {@code group=cdn,kind=truncate,rate=0.05}, {@code group=auth,kind=status,status=503,retry-after=2,count=1} or
     * {@code kind=cas-op-lock,rate=0.2} (a fifth of records/modify calls lose the zone's op-lock).
     */
    public static FaultRule parse(String spec) {
        ServiceGroup group = null;
        String path = null;
        FaultKind kind = null;
        int status = 503;
        int retryAfter = 0;
        String code = null;
        double rate = 1.0;
        int count = -1;
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("fault spec part '" + p + "' is not key=value");
            String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            try {
                switch (key) {
                    case "group" -> group = ServiceGroup.parse(value);
                    case "path" -> path = value;
                    case "kind" -> kind = FaultKind.parse(value);
                    case "status" -> status = Integer.parseInt(value);
                    case "retry-after" -> retryAfter = Integer.parseInt(value);
                    case "code" -> code = value;
                    case "rate" -> rate = Double.parseDouble(value);
                    case "count" -> count = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown fault spec key '" + key
                            + "' (expected group, path, kind, status, retry-after, code, rate, count)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault spec value for '" + key + "' is not a number: " + value);
            }
        }
        if (kind == null) throw new IllegalArgumentException("fault spec needs kind=status|reset|truncate|cloudkit-error|cas-op-lock");
        return new FaultRule(group, path, kind, status, retryAfter, code, rate, count);
    }

    boolean appliesTo(ServiceGroup g, String path) {
        if (group != null && group != g) return false;
        return pathContains == null || path.contains(pathContains);
    }

    /** Consumes one use if any is left. */
    boolean take() {
        while (true) {
            int r = remaining.get();
            if (r == 0) return false;
            if (r < 0 || remaining.compareAndSet(r, r - 1)) return true;
        }
    }

    public boolean exhausted() { return remaining.get() == 0; }
    public ServiceGroup group() { return group; }
    public FaultKind kind() { return kind; }
    public int status() { return status; }
    public int retryAfterSeconds() { return retryAfterSeconds; }
    public String serverErrorCode() { return serverErrorCode; }

    /** The {@code reason} of a CloudKit error body. */
    public String reason() {
        return kind == FaultKind.CAS_OP_LOCK ? FaultKind.CAS_OP_LOCK_REASON : "injected " + serverErrorCode;
    }
    public double probability() { return probability; }

    @Override
    public String toString() {
        return "group=" + (group == null ? "any" : group.name().toLowerCase(Locale.ROOT))
                + (pathContains == null ? "" : ",path=" + pathContains)
                + ",kind=" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (kind == FaultKind.STATUS ? ",status=" + status : "")
                + (retryAfterSeconds > 0 ? ",retry-after=" + retryAfterSeconds : "")
                + (serverErrorCode == null ? "" : ",code=" + serverErrorCode)
                + (probability < 1 ? ",rate=" + probability : "")
                + ",remaining=" + remaining.get();
    }
}

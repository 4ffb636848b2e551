package dev.orchard.fake.faults;

import dev.orchard.fake.http.ServiceGroup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake's fault knobs: per-group latency and bandwidth, and a list of fault rules consulted in order.
 * Random faults draw from a seeded generator so runs are repeatable.
 */
public final class Faults {
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final Map<ServiceGroup, Long> latencyMillis = new EnumMap<>(ServiceGroup.class);
    private final Map<ServiceGroup, Long> bandwidth = new EnumMap<>(ServiceGroup.class);
    private final Random random;

    public Faults(long seed) {
        this.random = new Random(seed);
    }

    public void add(FaultRule rule) {
        rules.add(rule);
    }

    public void clear() {
        rules.clear();
    }

    public List<FaultRule> rules() {
        return new ArrayList<>(rules);
    }

    /** Latency added to every request of {@code group}; use {@link #setLatencyAll} for all Apple groups. */
    public synchronized void setLatency(ServiceGroup group, long millis) {
        if (millis < 0) throw new IllegalArgumentException("latency must be >= 0 ms");
        latencyMillis.put(group, millis);
    }

    public synchronized void setLatencyAll(long millis) {
        for (ServiceGroup g : ServiceGroup.values()) {
            if (g != ServiceGroup.ADMIN) setLatency(g, millis);
        }
    }

    public synchronized long latency(ServiceGroup group) {
        return latencyMillis.getOrDefault(group, 0L);
    }

    /** Caps response bodies of {@code group} at {@code bytesPerSecond} (0: no cap). */
    public synchronized void setBandwidth(ServiceGroup group, long bytesPerSecond) {
        if (bytesPerSecond < 0) throw new IllegalArgumentException("bandwidth must be >= 0 bytes/s");
        bandwidth.put(group, bytesPerSecond);
    }

    public synchronized long bandwidth(ServiceGroup group) {
        return bandwidth.getOrDefault(group, 0L);
    }

    /** The first rule of one of {@code kinds} that applies and fires for this request, if any. */
    public FaultRule pick(ServiceGroup group, String path, FaultKind... kinds) {
        for (FaultRule r : rules) {
            if (!matchesKind(r, kinds) || !r.appliesTo(group, path) || r.exhausted()) continue;
            if (r.probability() < 1.0 && !draw(r.probability())) continue;
            if (r.take()) return r;
        }
        return null;
    }

    private synchronized boolean draw(double p) {
        return random.nextDouble() < p;
    }

    private static boolean matchesKind(FaultRule r, FaultKind[] kinds) {
        for (FaultKind k : kinds) {
            if (r.kind() == k) return true;
        }
        return false;
    }
}

package dev.orchard.fake.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts requests by service group and by path, so tests and benchmarks can see what a client cost. */
public final class RequestStats {
    private final Map<ServiceGroup, AtomicLong> byGroup = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byPath = new ConcurrentHashMap<>();

    public void count(ServiceGroup group, String path) {
        if (group == ServiceGroup.ADMIN) return;
        byGroup.computeIfAbsent(group, g -> new AtomicLong()).incrementAndGet();
        byPath.computeIfAbsent(normalise(group, path), p -> new AtomicLong()).incrementAndGet();
    }

    /** Download paths carry per-file tokens; fold them so the table stays small. */
    private static String normalise(ServiceGroup group, String path) {
        return group == ServiceGroup.CDN ? "/B/..." : path;
    }

    public long total() {
        return byGroup.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long count(ServiceGroup group) {
        AtomicLong n = byGroup.get(group);
        return n == null ? 0 : n.get();
    }

    public long countPath(String path) {
        AtomicLong n = byPath.get(path);
        return n == null ? 0 : n.get();
    }

    public Map<ServiceGroup, Long> groups() {
        Map<ServiceGroup, Long> m = new EnumMap<>(ServiceGroup.class);
        byGroup.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    public Map<String, Long> paths() {
        Map<String, Long> m = new TreeMap<>();
        byPath.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    public void reset() {
        byGroup.clear();
        byPath.clear();
    }
}

package dev.orchard.photos.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What a sync did, filled in as it goes (thread-safe) and printed as the closing summary. */
public final class SyncReport {
    /** How a zone's remote state was read. */
    public enum FetchMode { UNCHANGED, INCREMENTAL, FULL }

    /** The things a sync counts. */
    public enum Counter {
        ASSETS_LISTED, CHANGES_APPLIED, ASSETS_REMOVED, DOWNLOADED, BYTES, ADOPTED, MOVED, TRASHED, DELETED, KEPT,
        UNVERIFIED, PLANNED_FILES, PLANNED_BYTES, ALBUM_ENTRIES, URL_RENEWALS,
        /** iCloud's thumbnails and previews downloaded (not counted in DOWNLOADED). */
        PREVIEWS,
        /** records/lookup requests that taught a library synced before renditions were kept what they are. */
        RENDITION_LOOKUPS,
        /** Assets left out as iCloud counts them on a full listing, or among the changes applied: hidden ones (when not kept), and those in Recently Deleted. */
        HIDDEN_LEFT_OUT, DELETED_LEFT_OUT,
        /** XMP sidecars written (new or changed), and put away with their asset or when XMP was turned off. */
        SIDECARS, SIDECARS_REMOVED
    }

    private final Map<String, FetchMode> zones = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Counter, AtomicLong> counters = new EnumMap<>(Counter.class);
    private final List<String> quarantined = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private volatile long requests;
    private volatile Duration elapsed = Duration.ZERO;
    private final Map<String, Duration> phases = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean dryRun;
    private volatile boolean stopped;

    public SyncReport() {
        for (Counter c : Counter.values()) counters.put(c, new AtomicLong());
    }

    public void add(Counter c, long n) { counters.get(c).addAndGet(n); }
    public long get(Counter c) { return counters.get(c).get(); }
    public void zone(String zone, FetchMode mode) { zones.put(zone, mode); }
    public void quarantined(String message) { quarantined.add(message); }
    public void failed(String message) { failed.add(message); }
    public void warning(String message) { warnings.add(message); }

    public void finish(long requests, Duration elapsed, boolean dryRun) {
        this.requests = requests;
        this.elapsed = elapsed;
        this.dryRun = dryRun;
    }

    /** How each zone was read, in the order they were read. */
    public Map<String, FetchMode> zones() {
        synchronized (zones) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(zones));
        }
    }
    public List<String> quarantined() { return List.copyOf(quarantined); }
    public List<String> failed() { return List.copyOf(failed); }
    public List<String> warnings() { return List.copyOf(warnings); }
    /** CloudKit requests (downloads and sign-in not counted). */
    public long requests() { return requests; }
    public Duration elapsed() { return elapsed; }
    /** Time spent in the download phase (planning included, as downloads start while it runs). */
    public Duration downloading() { return phases.getOrDefault(DOWNLOADS, Duration.ZERO); }

    public static final String FETCH = "reading iCloud";
    public static final String DOWNLOADS = "planning and downloading";
    public static final String ALBUMS = "albums";
    public static final String SIDECARS = "XMP sidecars";

    public void phase(String name, Duration d) {
        phases.merge(name, d, Duration::plus);
    }

    /** How long each step took, in order. */
    public Map<String, Duration> phases() {
        synchronized (phases) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
        }
    }
    public boolean dryRun() { return dryRun; }

    public void stop() { stopped = true; }

    /** The run was asked to stop and ended early; what it did not do is still pending. */
    public boolean stopped() { return stopped; }

    /** True when every file that should be in the library is there and verified or size-checked. */
    public boolean complete() {
        return failed.isEmpty() && quarantined.isEmpty();
    }
}

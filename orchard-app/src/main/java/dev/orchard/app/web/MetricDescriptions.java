package dev.orchard.app.web;

import dev.orchard.app.status.Metrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.Map;

/**
 * The {@code # HELP} text of each of Orchard's meters on {@code /metrics}, given in one place by name so
 * that the code registering a meter need not repeat it. A meter registered with its own description keeps it.
 */
public final class MetricDescriptions implements MeterFilter {
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry(Metrics.ASSETS, "Photos assets a job listed or changed"),
            Map.entry(Metrics.FILES, "Files a job downloaded or uploaded"),
            Map.entry(Metrics.BYTES, "Bytes a job downloaded or uploaded"),
            Map.entry(Metrics.ERRORS, "Items a job could not sync"),
            Map.entry(Metrics.RUNS, "Finished job runs, by result"),
            Map.entry(Metrics.DURATION, "How long job runs took"),
            Map.entry(Metrics.RUNNING, "1 while the job runs"),
            Map.entry(Metrics.CONSECUTIVE_FAILURES, "Failed runs of the job since its last good one"),
            Map.entry(Metrics.LAST_SUCCESS, "When the job last finished well (Unix time)"),
            Map.entry(Metrics.TRUST_EXPIRY, "Seconds until Apple asks for a verification code again"),
            Map.entry(Metrics.SIGNED_IN, "1 while the iCloud session is signed in"),
            Map.entry(Metrics.WAITING_FOR_CODE, "1 while a sign-in waits for a verification code"));

    /** A Prometheus registry that describes Orchard's meters. */
    public static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        r.config().meterFilter(new MetricDescriptions());
        return r;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String description = BY_NAME.get(id.getName());
        if (description == null || id.getDescription() != null) return id;
        return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }
}

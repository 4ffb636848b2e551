package dev.orchard.fake.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.context.FakeClock;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.faults.Faults;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.RequestStats;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.http.ServiceGroup;

import java.time.Duration;
import java.util.Map;

/**
 * The fake's own control surface under {@code /_fake/}: request statistics, fault rules, latency,
 * bandwidth and the clock. Service-specific admin endpoints (accounts, photos, drive) live with their
 * services and use the same prefix.
 */
public final class AdminApi {
    private final FakeClock clock;
    private final Faults faults;
    private final RequestStats stats;

    public AdminApi(FakeClock clock, Faults faults, RequestStats stats) {
        this.clock = clock;
        this.faults = faults;
        this.stats = stats;
    }

    public void register(Router r) {
        // The address 'orchard fake-icloud' prints: what a running fake can be told, services' routes included.
        r.get("/_fake/", ex -> ex.text(200, "text/plain; charset=utf-8", "The fake iCloud's admin API:\n"
                + String.join("\n", r.describe("/_fake/")) + "\n"));
        r.get("/_fake/stats", this::stats);
        r.post("/_fake/stats/reset", ex -> {
            stats.reset();
            ex.json(ok());
        });
        r.get("/_fake/faults", ex -> {
            var list = Json.array();
            faults.rules().forEach(rule -> list.add(rule.toString()));
            ex.json(Json.object().set("faults", list));
        });
        r.post("/_fake/faults", this::addFault);
        r.delete("/_fake/faults", ex -> {
            faults.clear();
            ex.json(ok());
        });
        r.post("/_fake/latency", this::latency);
        r.post("/_fake/bandwidth", this::bandwidth);
        r.post("/_fake/clock/advance", ex -> {
            long seconds = requireLong(ex.json(), "seconds");
            clock.advance(Duration.ofSeconds(seconds));
            ex.json(ok().put("offsetSeconds", clock.offset().toSeconds()));
        });
    }

    private void stats(Exchange ex) {
        ObjectNode out = Json.object();
        out.put("total", stats.total());
        ObjectNode groups = out.putObject("groups");
        stats.groups().forEach((g, n) -> groups.put(g.name().toLowerCase(java.util.Locale.ROOT), n));
        ObjectNode paths = out.putObject("paths");
        for (Map.Entry<String, Long> e : stats.paths().entrySet()) paths.put(e.getKey(), e.getValue());
        ex.json(out);
    }

    private void addFault(Exchange ex) {
        String spec = Json.text(ex.json(), "spec");
        if (spec == null) throw new BadRequest("body must be {\"spec\": \"group=...,kind=...\"}");
        try {
            FaultRule rule = FaultRule.parse(spec);
            faults.add(rule);
            ex.json(ok().put("rule", rule.toString()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private void latency(Exchange ex) {
        JsonNode body = ex.json();
        long ms = requireLong(body, "millis");
        try {
            String group = Json.text(body, "group");
            if (group == null) faults.setLatencyAll(ms);
            else faults.setLatency(ServiceGroup.parse(group), ms);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ex.json(ok());
    }

    private void bandwidth(Exchange ex) {
        JsonNode body = ex.json();
        long bps = requireLong(body, "bytesPerSecond");
        String group = Json.text(body, "group");
        try {
            faults.setBandwidth(group == null ? ServiceGroup.CDN : ServiceGroup.parse(group), bps);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ex.json(ok());
    }

    public static long requireLong(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.canConvertToLong()) throw new BadRequest("body needs a numeric \"" + field + "\"");
        return v.asLong();
    }

    public static ObjectNode ok() {
        return Json.object().put("ok", true);
    }
}

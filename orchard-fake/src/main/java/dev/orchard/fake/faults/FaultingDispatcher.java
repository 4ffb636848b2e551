package dev.orchard.fake.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Dispatcher;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.RequestStats;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.http.ServiceGroup;

import java.util.UUID;

/** Applies latency and faults, then routes the exchange to its handler. */
public final class FaultingDispatcher implements Dispatcher {
    private final Router router;
    private final Faults faults;
    private final RequestStats stats;

    public FaultingDispatcher(Router router, Faults faults, RequestStats stats) {
        this.router = router;
        this.faults = faults;
        this.stats = stats;
    }

    @Override
    public void dispatch(Exchange ex) {
        ServiceGroup group = ServiceGroup.of(ex.path());
        stats.count(group, ex.path());
        if (group != ServiceGroup.ADMIN) {
            sleep(faults.latency(group));
            if (injectFault(ex, group)) return;
        }
        router.dispatch(ex);
    }

    private boolean injectFault(Exchange ex, ServiceGroup group) {
        FaultRule rule = faults.pick(group, ex.path(), FaultKind.STATUS, FaultKind.RESET, FaultKind.CLOUDKIT_ERROR,
                FaultKind.CAS_OP_LOCK);
        if (rule == null) return false;
        switch (rule.kind()) {
            case RESET -> ex.resetConnection();
            case STATUS -> {
                if (rule.retryAfterSeconds() > 0) ex.header("Retry-After", Integer.toString(rule.retryAfterSeconds()));
                ex.text(rule.status(), "text/html", statusBody(rule.status()));
            }
            case CLOUDKIT_ERROR, CAS_OP_LOCK -> {
                ObjectNode body = Json.object();
                body.put("uuid", UUID.randomUUID().toString());
                body.put("serverErrorCode", rule.serverErrorCode());
                body.put("reason", rule.reason());
                if (rule.retryAfterSeconds() > 0) body.put("retryAfter", rule.retryAfterSeconds());
                ex.json(200, body);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String statusBody(int status) {
        return switch (status) {
            case 503 -> "<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
                    + "<center><h1>503 Service Temporarily Unavailable</h1></center></body></html>";
            case 429 -> "<html><body><h1>429 Too Many Requests</h1></body></html>";
            default -> "<html><body><h1>" + status + "</h1></body></html>";
        };
    }

    @Override
    public boolean truncate(Exchange ex) {
        ServiceGroup group = ServiceGroup.of(ex.path());
        return group != ServiceGroup.ADMIN && faults.pick(group, ex.path(), FaultKind.TRUNCATE) != null;
    }

    @Override
    public long bandwidth(Exchange ex) {
        return faults.bandwidth(ServiceGroup.of(ex.path()));
    }

    private static void sleep(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

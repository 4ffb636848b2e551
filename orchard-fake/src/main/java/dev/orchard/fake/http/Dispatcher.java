package dev.orchard.fake.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.faults.FaultKind;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.faults.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Applies latency and faults, then routes the exchange to its handler. */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Router router;
    private final Faults faults;
    private final RequestStats stats;

    public Dispatcher(Router router, Faults faults, RequestStats stats) {
        this.router = router;
        this.faults = faults;
        this.stats = stats;
    }

    public void dispatch(Exchange ex) {
        ServiceGroup group = ServiceGroup.of(ex.path());
        stats.count(group, ex.path());
        if (group != ServiceGroup.ADMIN) {
            sleep(faults.latency(group));
            if (injectFault(ex, group)) return;
        }
        Router.Match match = router.match(ex.method(), ex.path());
        if (match.handler() == null) {
            if (match.pathKnown()) {
                ex.text(405, "text/plain", "Method Not Allowed");
            } else {
                ex.text(404, "text/html", "<html><body><h1>Not Found</h1></body></html>");
            }
            return;
        }
        ex.setPathParams(match.params());
        try {
            match.handler().handle(ex);
        } catch (BadRequest e) {
            ex.text(400, "text/plain", e.getMessage());
        } catch (Exception e) {
            LOG.warn("fake handler failed for {} {}", ex.method(), ex.path(), e);
            ex.text(500, "text/plain", "Internal Server Error");
        }
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

    /** Whether the body of this response should be cut short (decided once per response). */
    boolean truncate(Exchange ex) {
        ServiceGroup group = ServiceGroup.of(ex.path());
        return group != ServiceGroup.ADMIN && faults.pick(group, ex.path(), FaultKind.TRUNCATE) != null;
    }

    long bandwidth(Exchange ex) {
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

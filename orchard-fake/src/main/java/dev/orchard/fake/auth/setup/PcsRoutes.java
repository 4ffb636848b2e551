package dev.orchard.fake.auth.setup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Advanced Data Protection (docs/protocol/sign-in.md §5): requestWebAccessState, enableDeviceConsentForPCS and requestPCS. For an
 * ADP account the first consent request or requestPCS "asks the trusted device"; it approves once the account's
 * {@code adpApproveAfterPolls} further polls (of either endpoint) have come in. Until then requestPCS answers
 * with Apple's not-ready messages; afterwards it releases the PCS cookies. Other accounts get them at once.
 */
final class PcsRoutes {
    private final FakeAuth auth;
    private final Map<String, PcsApproval> approvals = new ConcurrentHashMap<>();

    PcsRoutes(FakeAuth auth) {
        this.auth = auth;
    }

    void register(Router r) {
        r.post(SetupRoutes.BASE + "/requestWebAccessState", this::webAccessState);
        r.post(SetupRoutes.BASE + "/enableDeviceConsentForPCS", this::enableConsent);
        r.post(SetupRoutes.BASE + "/requestPCS", this::requestPcs);
    }

    private void webAccessState(Exchange ex) {
        WebSession s = SetupReplies.session(auth.sessions(), ex);
        if (s == null) return;
        FakeAccount a = s.account();
        PcsApproval approval = approval(s);
        boolean consented = !a.adp() || approval.poll();
        ex.json(200, Json.object().put("isICDRSDisabled", a.adp()).put("isDeviceConsentedForPCS", consented)
                .put("isWebAccessAllowed", a.webAccessAllowed()));
    }

    private void enableConsent(Exchange ex) {
        WebSession s = SetupReplies.session(auth.sessions(), ex);
        if (s == null) return;
        boolean sent = s.account().adp() && s.account().webAccessAllowed();
        if (sent) approval(s).request();
        ex.json(200, Json.object().put("isDeviceConsentNotificationSent", sent));
    }

    private void requestPcs(Exchange ex) {
        String app = Json.text(ex.json(), "appName");
        WebSession s = SetupReplies.session(auth.sessions(), ex);
        if (s == null) return;
        FakeAccount a = s.account();
        ObjectNode out = Json.object().put("isWebAccessAllowed", a.webAccessAllowed());
        if (!a.webAccessAllowed()) {
            ex.json(200, out.put("status", "failure").put("message", "Access iCloud Data on the Web is turned off."));
            return;
        }
        PcsApproval approval = approval(s);
        String notReady = null;
        if (a.adp()) {
            if (!approval.requested()) {
                approval.request();
                notReady = "Requested the device to upload cookies.";
            } else if (!approval.poll()) {
                notReady = "Cookies not available yet on server.";
            }
            if (approval.approved()) notReady = null;
        }
        if (notReady != null) {
            ex.json(200, out.put("status", "failure").put("message", notReady));
            return;
        }
        s.grantPcs(app == null ? "photos" : app);
        auth.sessions().pcsCookies(ex, s).forEach(ex::cookie);
        ex.json(200, out.put("status", "success").put("message", "Cookies attached."));
    }

    private PcsApproval approval(WebSession s) {
        return approvals.computeIfAbsent(s.token(), t -> new PcsApproval(s.account(), auth::notice));
    }
}

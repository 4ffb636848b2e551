package dev.orchard.app.daemon;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.RetryPolicy;

/**
 * The built-in job {@code session}: asks Apple whether the session is still good (the validate call
 * icloud.com makes), which renews it when it was dropped. So Orchard notices a lost session, and with it a
 * 2FA request, between syncs and not only when the next backup starts.
 */
public final class SessionCheckJob implements SyncJob {
    @Override
    public String name() {
        return "session";
    }

    @Override
    public JobOutcome run(ICloudSession session, JobContext ctx) {
        ctx.progress("validating", 0, 1);
        String url = session.endpoints().setup() + "/validate?" + session.standardParams();
        ApiResponse r = session.send(ApiRequest.post(url).header("Origin", session.endpoints().webOrigin())
                .text("null", "application/json").build(), RetryPolicy.AUTH);
        if (!r.ok()) throw new IllegalStateException("Apple answered HTTP " + r.status() + " to the session check");
        session.saveCookies();
        ctx.progress("validating", 1, 1);
        return JobOutcome.ok("session valid");
    }
}

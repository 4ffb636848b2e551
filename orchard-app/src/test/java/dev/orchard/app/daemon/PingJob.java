package dev.orchard.app.daemon;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.RetryPolicy;

/** A test job making one service call to the fake (so a stale session makes it re-authenticate). */
public final class PingJob implements SyncJob {
    private final String baseUrl;

    public PingJob(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public JobOutcome run(ICloudSession session, JobContext ctx) {
        ctx.progress("pinging", 0, 1);
        ApiResponse r = session.send(ApiRequest.get(baseUrl + FakeSignIn.PING).build(), RetryPolicy.NONE);
        if (!r.ok()) throw new IllegalStateException("ping answered HTTP " + r.status());
        ctx.files(1);
        ctx.bytes(r.body().length);
        return JobOutcome.ok("pong");
    }
}

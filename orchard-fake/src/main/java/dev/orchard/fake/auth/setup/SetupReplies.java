package dev.orchard.fake.auth.setup;

import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;

/** Shared answers of the setup service. */
final class SetupReplies {
    private SetupReplies() {
    }

    /** 421 as setup answers stale or unknown credentials (docs/protocol/sign-in.md §5, §6). */
    static void stale(Exchange ex) {
        ex.json(421, Json.object().put("success", false).put("error", "Failed to validate the credentials from cookie"));
    }

    /** The live web session of the request's cookies; answers 421 and returns null without one. */
    static WebSession session(WebSessions sessions, Exchange ex) {
        WebSession s = sessions.find(ex);
        if (s == null) stale(ex);
        return s;
    }
}

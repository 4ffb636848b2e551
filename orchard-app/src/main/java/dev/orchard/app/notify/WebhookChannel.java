package dev.orchard.app.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;

import java.net.URI;
import java.util.Map;

/**
 * POSTs each event as JSON: {@code {"event", "title", "message", "account", "job", "time"}} ({@code job}
 * null for account-wide events).
 */
public final class WebhookChannel implements NotificationChannel {
    private final URI url;

    public WebhookChannel(URI url) {
        this.url = url;
    }

    @Override
    public String describe() {
        return "webhook (" + HttpPost.hostOf(url) + ")";
    }

    @Override
    public void send(Event e) throws Exception {
        ObjectNode body = Jsons.object();
        body.put("event", e.type().id());
        body.put("title", e.title());
        body.put("message", e.message());
        body.put("account", e.account());
        body.put("job", e.job());
        body.put("time", e.at().toString());
        HttpPost.send(url, "application/json", Jsons.bytes(body), Map.of());
    }
}

package dev.orchard.app.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Publishes to an ntfy topic URL (e.g. https://ntfy.sh/my-orchard), with an optional access token. */
public final class NtfyChannel implements NotificationChannel {
    private final URI topic;
    private final String token;

    public NtfyChannel(URI topic, String token) {
        this.topic = topic;
        this.token = token;
    }

    @Override
    public String describe() {
        return "ntfy (" + HttpPost.hostOf(topic) + ")";
    }

    @Override
    public void send(Event e) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Title", e.title());
        headers.put("Tags", e.type().id());
        headers.put("Priority", e.type() == EventType.RUN_SUMMARY ? "low" : e.type() == EventType.MFA_NEEDED ? "high" : "default");
        if (token != null && !token.isBlank()) headers.put("Authorization", "Bearer " + token);
        HttpPost.send(topic, "text/plain; charset=utf-8", e.message().getBytes(StandardCharsets.UTF_8), headers);
    }
}

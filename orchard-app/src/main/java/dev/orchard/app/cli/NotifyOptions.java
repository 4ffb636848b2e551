package dev.orchard.app.cli;

import dev.orchard.app.config.ConfigException;
import dev.orchard.app.notify.EmailChannel;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.notify.NotificationChannel;
import dev.orchard.app.notify.NtfyChannel;
import dev.orchard.app.notify.ScriptChannel;
import dev.orchard.app.notify.WebhookChannel;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where notifications go and which events are sent. */
public final class NotifyOptions {
    @Option(names = "--notify-ntfy", paramLabel = "URL", description = "Publish to this ntfy topic URL, e.g. https://ntfy.sh/my-orchard.")
    String ntfy;

    @Option(names = "--notify-ntfy-token", paramLabel = "TOKEN", description = "Access token for the ntfy server.")
    String ntfyToken;

    @Option(names = "--notify-webhook", paramLabel = "URL", description = "POST each event as JSON to this URL.")
    String webhook;

    @Option(names = "--notify-email", paramLabel = "ADDRESS", description = "E-mail each event to these addresses (comma-separated); needs --smtp-host.")
    String email;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server for --notify-email.")
    String smtpHost;

    @Option(names = "--smtp-port", defaultValue = "587", paramLabel = "PORT", description = "SMTP port (default: ${DEFAULT-VALUE}).")
    int smtpPort;

    @Option(names = "--smtp-security", defaultValue = "starttls", paramLabel = "starttls|ssl|none",
            description = "SMTP transport security (default: ${DEFAULT-VALUE}).")
    String smtpSecurity;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "SMTP user name (no login when unset).")
    String smtpUser;

    @Option(names = "--smtp-password", paramLabel = "PASSWORD", description = "SMTP password (better: ORCHARD_SMTP_PASSWORD in the environment).")
    String smtpPassword;

    @Option(names = "--smtp-from", paramLabel = "ADDRESS", description = "Sender address (default: the first --notify-email address).")
    String smtpFrom;

    @Option(names = "--notify-script", paramLabel = "CMD",
            description = "Run CMD (with /bin/sh) for each event; the event is in ORCHARD_EVENT, ORCHARD_EVENT_TITLE, ORCHARD_EVENT_MESSAGE, ...")
    String script;

    @Option(names = "--notify-events", defaultValue = "mfa-needed,trust-expiring,job-failing", paramLabel = "LIST",
            description = "Events to send: mfa-needed, trust-expiring, job-failing, run-summary (default: ${DEFAULT-VALUE}).")
    String events;

    public List<NotificationChannel> channels() {
        List<NotificationChannel> out = new ArrayList<>();
        if (present(ntfy)) out.add(new NtfyChannel(url(ntfy, "--notify-ntfy"), ntfyToken));
        if (present(webhook)) out.add(new WebhookChannel(url(webhook, "--notify-webhook")));
        if (present(email)) out.add(new EmailChannel(smtp(), email.strip()));
        if (present(script)) out.add(new ScriptChannel(script));
        return out;
    }

    private EmailChannel.Smtp smtp() {
        if (!present(smtpHost)) throw new ConfigException("--notify-email needs --smtp-host (ORCHARD_SMTP_HOST)");
        String security = smtpSecurity.strip().toLowerCase(Locale.ROOT);
        if (!Set.of("starttls", "ssl", "none").contains(security)) {
            throw new ConfigException("--smtp-security must be starttls, ssl or none, got '" + smtpSecurity + "'");
        }
        if (smtpPort < 1 || smtpPort > 65535) throw new ConfigException("--smtp-port must be 1-65535, got " + smtpPort);
        String from = present(smtpFrom) ? smtpFrom.strip() : email.split(",")[0].strip();
        return new EmailChannel.Smtp(smtpHost.strip(), smtpPort, security, smtpUser, smtpPassword, from);
    }

    public Set<EventType> events() {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        for (String s : events.split(",")) {
            if (s.isBlank()) continue;
            try {
                out.add(EventType.parse(s));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--notify-events: " + e.getMessage());
            }
        }
        return out;
    }

    private static URI url(String value, String option) {
        try {
            URI u = URI.create(value.strip());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) return u;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ConfigException(option + " must be an http:// or https:// URL");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

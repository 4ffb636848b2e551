package dev.orchard.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import dev.orchard.icloud.json.Jsons;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each channel against a real local receiver. */
class NotificationChannelsTest {
    static final Event MFA = new Event(EventType.MFA_NEEDED, "Orchard needs a verification code", "Enter it on the web page.",
            "me@example.com", null, Instant.parse("2026-03-01T10:00:00Z"));

    record Received(String path, Map<String, List<String>> headers, String body) {
    }

    @TempDir
    Path dir;
    HttpServer http;
    GreenMail mail;
    final BlockingQueue<Received> requests = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (http != null) http.stop(0);
        if (mail != null) mail.stop();
    }

    private URI receiver(int status) throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", ex -> {
            requests.add(new Received(ex.getRequestURI().getPath(), ex.getRequestHeaders(),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        http.start();
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    private Received received() throws InterruptedException {
        Received r = requests.poll(20, TimeUnit.SECONDS);
        assertThat(r).as("a request arrived").isNotNull();
        return r;
    }

    @Test
    void ntfyGetsTitleTagsPriorityAndToken() throws Exception {
        URI base = receiver(200);
        new NtfyChannel(base.resolve("/orchard-alerts"), "tk_secret").send(MFA);
        Received r = received();
        assertThat(r.path()).isEqualTo("/orchard-alerts");
        assertThat(r.body()).isEqualTo("Enter it on the web page.");
        assertThat(r.headers().get("Title")).containsExactly("Orchard needs a verification code");
        assertThat(r.headers().get("Tags")).containsExactly("mfa-needed");
        assertThat(r.headers().get("Priority")).containsExactly("high");
        assertThat(r.headers().get("Authorization")).containsExactly("Bearer tk_secret");
    }

    @Test
    void webhookGetsTheEventAsJson() throws Exception {
        URI base = receiver(204);
        new WebhookChannel(base.resolve("/hook")).send(MFA);
        JsonNode body = Jsons.MAPPER.readTree(received().body());
        assertThat(body.path("event").asText()).isEqualTo("mfa-needed");
        assertThat(body.path("title").asText()).isEqualTo("Orchard needs a verification code");
        assertThat(body.path("account").asText()).isEqualTo("me@example.com");
        assertThat(body.path("job").isNull()).isTrue();
        assertThat(body.path("time").asText()).isEqualTo("2026-03-01T10:00:00Z");
    }

    @Test
    void httpErrorsNameTheHostButNotTheSecretPath() throws Exception {
        URI base = receiver(500);
        WebhookChannel hook = new WebhookChannel(base.resolve("/hooks/T000/SECRETPART"));
        assertThatThrownBy(() -> hook.send(MFA)).hasMessage("127.0.0.1 answered HTTP 500").hasMessageNotContaining("SECRETPART");
        assertThat(hook.describe()).doesNotContain("SECRETPART");
    }

    @Test
    void emailArrivesThroughSmtpWithLogin() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        mail.setUser("orchard@example.com", "orchard", "smtp-pw");
        int port = mail.getSmtp().getPort();
        new EmailChannel(new EmailChannel.Smtp("127.0.0.1", port, "none", "orchard", "smtp-pw", "orchard@example.com"),
                "me@example.com").send(MFA);
        assertThat(mail.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Orchard needs a verification code");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("me@example.com");
        assertThat(m.getContent().toString()).contains("Enter it on the web page.").contains("Event: mfa-needed");
    }

    @Test
    void emailFailureSaysWhichServerWithoutCredentials() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        mail.getUserManager().setAuthRequired(true);
        int port = mail.getSmtp().getPort();
        EmailChannel wrong = new EmailChannel(new EmailChannel.Smtp("127.0.0.1", port, "none", "nobody", "wrong-pw", "o@example.com"),
                "me@example.com");
        assertThatThrownBy(() -> wrong.send(MFA)).hasMessageStartingWith("SMTP 127.0.0.1:" + port + " refused the mail")
                .hasMessageNotContaining("wrong-pw");
    }

    @Test
    void scriptGetsTheEventInItsEnvironment() throws Exception {
        Path out = dir.resolve("event.env");
        new ScriptChannel("env | grep '^ORCHARD_EVENT' | sort > '" + out + "'").send(
                new Event(EventType.JOB_FAILING, "photos keeps failing", "failed 3 times", "me@example.com", "photos", MFA.at()));
        assertThat(Files.readAllLines(out)).containsExactly(
                "ORCHARD_EVENT=job-failing", "ORCHARD_EVENT_ACCOUNT=me@example.com", "ORCHARD_EVENT_JOB=photos",
                "ORCHARD_EVENT_MESSAGE=failed 3 times", "ORCHARD_EVENT_TIME=2026-03-01T10:00:00Z",
                "ORCHARD_EVENT_TITLE=photos keeps failing");
        assertThatThrownBy(() -> new ScriptChannel("exit 7").send(MFA)).hasMessage("the notify script exited with status 7");
    }

    @Test
    void notifierSendsWantedEventsToEveryChannelEvenWhenOneFails() throws Exception {
        URI base = receiver(200);
        List<String> failures = new CopyOnWriteArrayList<>();
        NotificationChannel broken = new NotificationChannel() {
            @Override
            public String describe() {
                return "broken";
            }

            @Override
            public void send(Event event) throws Exception {
                throw new java.io.IOException("down");
            }
        };
        try (Notifier n = new Notifier(List.of(broken, new WebhookChannel(base.resolve("/hook"))), Set.of(EventType.MFA_NEEDED),
                (channel, message) -> failures.add(channel + ": " + message))) {
            n.raise(new Event(EventType.RUN_SUMMARY, "t", "m", "a", "photos", MFA.at()));
            n.raise(MFA);
            n.flush();
        }
        assertThat(Jsons.MAPPER.readTree(received().body()).path("event").asText()).isEqualTo("mfa-needed");
        assertThat(requests).isEmpty();
        assertThat(failures).containsExactly("broken: down");
    }
}

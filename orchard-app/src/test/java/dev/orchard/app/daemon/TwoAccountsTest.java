package dev.orchard.app.daemon;

import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.web.WebAccess;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Apple IDs in one daemon: one waits for its code while the other syncs; page, API, metrics and notifications name each. */
class TwoAccountsTest {
    static final String MUM = "mum@example.com";
    static final String DAD = "dad@example.com";

    @TempDir
    Path dir;
    FakeICloud fake;
    Daemon daemon;
    final RecordingChannel mumChannel = new RecordingChannel();
    final BlockingQueue<JobSnapshot> mumRuns = new LinkedBlockingQueue<>();
    final BlockingQueue<JobSnapshot> dadRuns = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (daemon != null) daemon.close();
        if (fake != null) fake.close();
    }

    private AccountSetup account(String appleId, FakeSignIn signIn, RecordingChannel channel) {
        AccountSettings s = new AccountSettings(appleId, dir.resolve(appleId), Duration.ofMinutes(5), Duration.ofDays(7), 3,
                channel == null ? List.of() : List.of(channel), EnumSet.allOf(EventType.class));
        return new AccountSetup(s, signIn, List.of(new ScheduledJob(new PingJob(fake.baseUrl()), new IntervalSchedule(Duration.ofHours(6)))));
    }

    @Test
    void oneAccountWaitingForItsCodeNeverHoldsUpTheOther() throws Exception {
        fake = FakeICloud.start(FakeConfig.empty().account(MUM, "pw-mum", MfaPolicy.DEVICE, null).account(DAD, "pw-dad", MfaPolicy.DEVICE, null));
        FakeSignIn mum = new FakeSignIn(fake, MUM, dir);
        mum.requireCode = true;
        FakeSignIn dad = new FakeSignIn(fake, DAD, dir);
        daemon = new Daemon(new DaemonSettings("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), Duration.ofSeconds(10)),
                List.of(account(MUM, mum, mumChannel), account(DAD, dad, null)), new SdNotify(null), Clock.systemUTC());
        daemon.account(MUM).orElseThrow().scheduler().onRunFinished(mumRuns::add);
        daemon.account(DAD).orElseThrow().scheduler().onRunFinished(dadRuns::add);
        daemon.start();

        assertThat(next(dadRuns).lastResult()).isEqualTo("ok");
        Event needed = mumChannel.next();
        assertThat(needed.type()).isEqualTo(EventType.MFA_NEEDED);
        assertThat(needed.title()).contains(MUM);
        assertThat(daemon.account(MUM).orElseThrow().keeper().state()).isEqualTo(SessionState.WAITING_FOR_CODE);
        assertThat(mumRuns).isEmpty();

        String page = get("/").body();
        assertThat(page).contains("data-account=\"" + MUM + "\"").contains("data-account=\"" + DAD + "\"")
                .contains("id=\"session-state\" class=\"session-state bad\" data-state=\"waiting_for_code\"")
                .contains("id=\"session-state-2\" class=\"session-state ok\" data-state=\"signed_in\"")
                .contains("href=\"mfa?account=mum%40example.com\"").contains("name=\"account\" value=\"" + DAD + "\"");
        String api = get("/api/status").body();
        assertThat(api).contains("\"account\" : \"" + MUM + "\"").contains("\"account\" : \"" + DAD + "\"");
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("orchard_session_signed_in{account=\"" + DAD + "\"} 1.0")
                .contains("orchard_session_waiting_for_code{account=\"" + MUM + "\"} 1.0")
                .contains("orchard_job_runs_total{account=\"" + DAD + "\",job=\"ping\",result=\"ok\"} 1.0");
        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains(MUM).doesNotContain(DAD);

        assertThat(get("/mfa").body()).contains("<b id=\"apple-id\">" + MUM + "</b>").contains("name=\"account\" value=\"" + MUM + "\"");
        assertThat(post("/mfa", "code=" + FakeSignIn.CODE + "&account=" + URLEncoder.encode(DAD, StandardCharsets.UTF_8) + "&csrf=" + csrf())
                .statusCode()).isEqualTo(409);
        assertThat(post("/mfa", "code=" + FakeSignIn.CODE + "&account=" + URLEncoder.encode(MUM, StandardCharsets.UTF_8) + "&csrf=" + csrf())
                .statusCode()).isEqualTo(200);
        assertThat(next(mumRuns).lastResult()).isEqualTo("ok");
        assertThat(dad.signIns.get()).isEqualTo(1);

        assertThat(post("/sync/ping", "account=" + URLEncoder.encode(DAD, StandardCharsets.UTF_8) + "&csrf=" + csrf()).statusCode()).isEqualTo(303);
        assertThat(next(dadRuns).lastResult()).isEqualTo("ok");
        assertThat(mumRuns).isEmpty();
        assertThat(post("/sync/ping", "csrf=" + csrf()).statusCode()).as("which account is ambiguous").isEqualTo(409);
    }

    private static JobSnapshot next(BlockingQueue<JobSnapshot> runs) throws InterruptedException {
        JobSnapshot s = runs.poll(20, TimeUnit.SECONDS);
        if (s == null) throw new AssertionError("no job run finished");
        return s;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.webPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.webPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(get("/").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

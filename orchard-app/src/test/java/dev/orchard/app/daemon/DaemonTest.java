package dev.orchard.app.daemon;

import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.web.RawHttp;
import dev.orchard.app.web.WebAccess;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The daemon end to end against the fake: one shared session, a job, the web page, a dropped session and 2FA. */
class DaemonTest {
    @TempDir
    Path dir;
    FakeICloud fake;
    FakeSignIn signIn;
    Daemon daemon;
    final RecordingChannel channel = new RecordingChannel();
    final BlockingQueue<JobSnapshot> runs = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults());
        signIn = new FakeSignIn(fake, FakeConfig.DEMO_APPLE_ID, dir);
    }

    @AfterEach
    void stop() {
        if (daemon != null) daemon.close();
        fake.close();
    }

    private void startDaemon(WebAccess access) throws Exception {
        AccountSettings settings = new AccountSettings(FakeConfig.DEMO_APPLE_ID, dir.resolve("account"), Duration.ofMinutes(5), Duration.ofDays(7), 3, List.of(channel), EnumSet.allOf(EventType.class));
        DaemonSettings web = new DaemonSettings("127.0.0.1", 0, access, Duration.ofSeconds(10));
        daemon = new Daemon(web, List.of(new AccountSetup(settings, signIn, List.of(new ScheduledJob(new PingJob(fake.baseUrl()), new IntervalSchedule(Duration.ofHours(6)))))), new SdNotify(null), Clock.systemUTC());
        daemon.accounts().get(0).scheduler().onRunFinished(runs::add);
        daemon.start();
    }

    private JobSnapshot nextRun() throws InterruptedException {
        JobSnapshot s = runs.poll(20, TimeUnit.SECONDS);
        if (s == null) throw new AssertionError("no job run finished");
        return s;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.webPort() + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.webPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(get("/").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void signsInOnceRunsTheJobAndShowsItEverywhere() throws Exception {
        startDaemon(WebAccess.forBind("127.0.0.1", null, null, null));
        JobSnapshot run = nextRun();
        assertThat(run.lastResult()).isEqualTo("ok");
        assertThat(run.lastSummary()).isEqualTo("pong");
        assertThat(signIn.signIns.get()).isEqualTo(1);
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.SIGNED_IN);
        assertThat(channel.next().type()).isEqualTo(EventType.RUN_SUMMARY);

        String page = get("/").body();
        assertThat(page).contains("demo@example.com").contains("data-state=\"signed_in\"")
                .contains("id=\"job-ping\" class=\"job\" data-job=\"ping\" data-result=\"ok\"").contains("every 6 h").contains("Apple asks for a new code around");
        assertThat(get("/api/status").body()).contains("\"account\" : \"" + FakeConfig.DEMO_APPLE_ID + "\"").contains("\"sessionState\" : \"SIGNED_IN\"").contains("\"lastResult\" : \"ok\"");
        assertThat(RawHttp.get(daemon.webPort(), "/api/status", "rebound.example:" + daemon.webPort()).status()).isEqualTo(421);
        String metrics = get("/metrics").body();
        String account = "account=\"" + FakeConfig.DEMO_APPLE_ID + "\"";
        assertThat(metrics).contains("orchard_job_runs_total{" + account + ",job=\"ping\",result=\"ok\"} 1.0")
                .contains("orchard_files_total{" + account + ",job=\"ping\"} 1.0").contains("orchard_session_signed_in{" + account + "} 1.0")
                .containsPattern("orchard_trust_expiry_seconds\\{" + account + "} 518\\d{4}\\.0")
                .contains("# HELP orchard_trust_expiry_seconds Seconds until Apple asks for a verification code again")
                .doesNotContainPattern("(?m)^# HELP \\S+\\s*$");
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        assertThat(new JobHistory(dir.resolve("account")).load().get("ping").lastResult()).isEqualTo("ok");
    }

    @Test
    void syncNowRunsAgainAndPostsNeedTheirCsrfToken() throws Exception {
        startDaemon(WebAccess.forBind("127.0.0.1", null, null, null));
        nextRun();
        assertThat(post("/sync/ping", "").statusCode()).isEqualTo(403);
        assertThat(post("/sync/ping", "csrf=" + csrf(), "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(runs).isEmpty();
        assertThat(post("/sync/ping", "csrf=" + csrf()).statusCode()).isEqualTo(303);
        assertThat(nextRun().lastResult()).isEqualTo("ok");
        assertThat(post("/sync/nope", "csrf=" + csrf()).statusCode()).isEqualTo(409);
        assertThat(signIn.signIns.get()).isEqualTo(1);
    }

    @Test
    void droppedSessionAsksForACodeOnTheWebPageAndTheJobCarriesOn() throws Exception {
        startDaemon(WebAccess.forBind("127.0.0.1", null, null, null));
        nextRun();
        channel.next();
        signIn.requireCode = true;
        fake.sessions().expireAll(fake.account(FakeConfig.DEMO_APPLE_ID));
        assertThat(post("/sync/ping", "csrf=" + csrf()).statusCode()).isEqualTo(303);

        Event needed = channel.next();
        assertThat(needed.type()).isEqualTo(EventType.MFA_NEEDED);
        assertThat(needed.message()).contains("demo@example.com").contains("web page");
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.WAITING_FOR_CODE);
        assertThat(get("/").body()).contains("id=\"enter-code\"").contains("data-state=\"waiting_for_code\"");
        assertThat(get("/healthz").statusCode()).isEqualTo(503);
        assertThat(get("/mfa").body()).contains("name=\"code\"");
        assertThat(runs).isEmpty();

        assertThat(post("/mfa", "code=" + FakeSignIn.CODE).statusCode()).isEqualTo(403);
        assertThat(post("/mfa", "code=" + FakeSignIn.CODE + "&csrf=" + csrf()).statusCode()).isEqualTo(200);
        JobSnapshot run = nextRun();
        assertThat(run.lastResult()).isEqualTo("ok");
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.SIGNED_IN);
        assertThat(signIn.signIns.get()).isEqualTo(2);
    }

    @Test
    void aSignInThatNeedsThePersonWaitsForTheSignInAgainButton() throws Exception {
        signIn.failNext = new dev.orchard.icloud.auth.AuthException(dev.orchard.icloud.auth.AuthException.Reason.WRONG_PASSWORD,
                "Apple rejected the password for demo@example.com");
        java.util.concurrent.CountDownLatch needsUser = new java.util.concurrent.CountDownLatch(1);
        startDaemon(WebAccess.forBind("127.0.0.1", null, null, null));
        daemon.accounts().get(0).keeper().onChange(() -> {
            if (daemon.accounts().get(0).keeper().state() == SessionState.NEEDS_USER) needsUser.countDown();
        });
        if (daemon.accounts().get(0).keeper().state() != SessionState.NEEDS_USER) assertThat(needsUser.await(20, TimeUnit.SECONDS)).isTrue();
        String page = get("/").body();
        assertThat(page).contains("data-state=\"needs_user\"").contains("Apple rejected the password").contains("id=\"sign-in\"");
        assertThat(page).contains("<b>sign-in</b>: Apple rejected the password for demo@example.com");
        assertThat(runs).isEmpty();

        assertThat(post("/signin", "csrf=" + csrf()).statusCode()).isEqualTo(303);
        assertThat(nextRun().lastResult()).isEqualTo("ok");
        assertThat(signIn.signIns.get()).isEqualTo(2);
    }

    @Test
    void aProtectedServerWantsItsTokenOrPasswordAndMetricsItsOwnToken() throws Exception {
        startDaemon(WebAccess.forBind("127.0.0.1", "pw-1", "tok-1", "met-1"));
        nextRun();
        assertThat(get("/").statusCode()).isEqualTo(401);
        assertThat(get("/").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/mfa").statusCode()).isEqualTo(401);
        assertThat(get("/", "Authorization", "Bearer tok-1").statusCode()).isEqualTo(200);
        String basic = java.util.Base64.getEncoder().encodeToString("me:pw-1".getBytes());
        assertThat(get("/", "Authorization", "Basic " + basic).statusCode()).isEqualTo(200);
        assertThat(get("/", "Authorization", "Bearer met-1").statusCode()).isEqualTo(401);
        assertThat(get("/metrics").statusCode()).isEqualTo(401);
        assertThat(get("/metrics", "Authorization", "Bearer met-1").statusCode()).isEqualTo(200);
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
    }
}

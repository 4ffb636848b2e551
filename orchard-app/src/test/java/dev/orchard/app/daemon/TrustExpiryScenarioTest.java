package dev.orchard.app.daemon;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.password.PasswordSources;
import dev.orchard.app.signin.DaemonSignIn;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.web.WebAccess;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.AfterEach;
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
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario with the real sign-in client against the fake: first sign-in with a code entered on
 * the web page, a warning that trust ends soon, then Apple forgets the trust and the session; the daemon
 * notifies, pauses, and carries on once the new code is posted.
 */
class TrustExpiryScenarioTest {
    static final String ID = FakeConfig.DEMO_APPLE_ID;

    @TempDir
    Path dir;
    FakeICloud fake;
    Daemon daemon;
    final RecordingChannel channel = new RecordingChannel();
    final BlockingQueue<JobSnapshot> runs = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (daemon != null) daemon.close();
        if (fake != null) fake.close();
    }

    private void postCode() throws Exception {
        String code = fake.auth().lastCode(ID);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.webPort() + "/mfa"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + daemon.webPort())
                .POST(HttpRequest.BodyPublishers.ofString("code=" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private JobSnapshot nextRun() throws InterruptedException {
        JobSnapshot s = runs.poll(30, TimeUnit.SECONDS);
        assertThat(s).as("a run finished").isNotNull();
        return s;
    }

    @Test
    void trustRunsOutNotificationArrivesAndTheCodeOnTheWebPageResumesTheSync() throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults());
        fake.account(ID).trustLifetime(Duration.ofDays(3));
        Map<String, String> env = Map.of("HOME", dir.toString());
        // Sign-in's own clock moves with the fake's: a month passes between the two sign-ins.
        MutableClock signInClock = new MutableClock(java.time.Instant.now());
        AppContext ctx = new AppContext(env, ConfigSources.load(env, dir), null, signInClock);
        ICloudOptions icloud = ICloudOptions.of(ID, fake.baseUrl(), dir.resolve("state"));
        AccountSettings settings = new AccountSettings(ID, icloud.store(env).directory(), Duration.ofMinutes(5), Duration.ofDays(7), 3, List.of(channel), EnumSet.of(EventType.MFA_NEEDED, EventType.TRUST_EXPIRING));
        DaemonSettings web = new DaemonSettings("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), Duration.ofSeconds(10));
        PasswordSources password = new PasswordSources(ID, null, null, FakeConfig.DEMO_PASSWORD, null);
        daemon = new Daemon(web, List.of(new AccountSetup(settings, new DaemonSignIn(ctx, icloud, password, Duration.ofMinutes(15)), List.of(new ScheduledJob(new SessionCheckJob(), new IntervalSchedule(Duration.ofHours(1)))))), new SdNotify(null), Clock.systemUTC());
        daemon.accounts().get(0).scheduler().onRunFinished(runs::add);
        daemon.start();

        assertThat(channel.next().type()).isEqualTo(EventType.MFA_NEEDED);
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.WAITING_FOR_CODE);
        postCode();
        assertThat(nextRun().lastResult()).isEqualTo("ok");
        Event warning = channel.next();
        assertThat(warning.type()).isEqualTo(EventType.TRUST_EXPIRING);
        assertThat(warning.title()).contains("in 2 days");

        fake.auth().expireTrust(ID);
        fake.auth().expireSessions(ID);
        fake.clock().advance(Duration.ofDays(31));
        signInClock.advance(Duration.ofDays(31));
        assertThat(daemon.syncNow(null, "session")).isTrue();

        Event again = channel.next();
        assertThat(again.type()).isEqualTo(EventType.MFA_NEEDED);
        assertThat(again.message()).contains(ID);
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.WAITING_FOR_CODE);
        assertThat(runs).isEmpty();
        postCode();
        JobSnapshot resumed = nextRun();
        assertThat(resumed.lastResult()).isEqualTo("ok");
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.SIGNED_IN);
    }
}

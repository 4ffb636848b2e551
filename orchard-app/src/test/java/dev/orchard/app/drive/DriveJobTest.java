package dev.orchard.app.drive;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.daemon.JobHistory;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.daemon.IntervalSchedule;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.app.daemon.Scheduler;
import dev.orchard.app.daemon.SessionKeeper;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.signin.DaemonSignIn;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The drive sync as a daemon job: passes run on the shared session, both ways, and report to the scheduler. */
class DriveJobTest {
    @TempDir
    Path dir;
    FakeICloud fake;
    RemoteDrive remote;
    SessionKeeper keeper;
    Scheduler scheduler;
    final BlockingQueue<JobSnapshot> runs = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults());
        remote = fake.drive().account(FakeConfig.DEMO_APPLE_ID);
        remote.createFolder("Documents");
        remote.createFile("Documents/notes.txt", "from iCloud".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-01T10:00:00Z"));
        fake.account(FakeConfig.DEMO_APPLE_ID).mfaPolicy(MfaPolicy.NONE);
        Clock clock = Clock.systemUTC();
        AppContext ctx = new AppContext(Map.of(), ConfigSources.load(Map.of(), dir), null, clock);
        ICloudOptions icloud = ICloudOptions.of(FakeConfig.DEMO_APPLE_ID, fake.baseUrl(), dir.resolve("state"));
        DaemonSignIn signIn = new DaemonSignIn(ctx, icloud, FakeConfig.DEMO_PASSWORD::toCharArray, Duration.ofMinutes(15));
        keeper = new SessionKeeper(FakeConfig.DEMO_APPLE_ID, signIn, new MfaBroker(Duration.ofSeconds(5)), e -> { },
                new RecentErrors(clock), clock);
        CountDownLatch ready = new CountDownLatch(1);
        keeper.onChange(() -> {
            if (keeper.session().isPresent()) ready.countDown();
        });
        keeper.signInAsync();
        assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();

        DriveOptions options = CommandLine.populateCommand(new DriveOptions(), "--drive-dir", dir.resolve("iCloud").toString());
        DriveJob job = new DriveJob(ctx, icloud, options);
        scheduler = new Scheduler(keeper, new JobHistory(dir), e -> { }, new SimpleMeterRegistry(), new RecentErrors(clock), clock, 3, false);
        scheduler.onRunFinished(runs::add);
        scheduler.add(job, new IntervalSchedule(Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        if (scheduler != null) scheduler.stop(Duration.ofSeconds(10));
        if (keeper != null) keeper.close();
        fake.close();
    }

    private JobSnapshot run() throws InterruptedException {
        JobSnapshot s = runs.poll(60, TimeUnit.SECONDS);
        assertThat(s).as("a drive run finished").isNotNull();
        assertThat(s.lastResult()).as(s.lastSummary()).isEqualTo("ok");
        return s;
    }

    @Test
    void passesRunBothWaysOnTheSharedSession() throws Exception {
        scheduler.tick();
        run();
        Path notes = dir.resolve("iCloud/Documents/notes.txt");
        assertThat(notes).hasContent("from iCloud");

        Files.writeString(dir.resolve("iCloud/Documents/todo.txt"), "written here");
        remote.editFile("Documents/notes.txt", "edited on the phone".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-02T10:00:00Z"));
        assertThat(scheduler.requestRun("drive")).isTrue();
        scheduler.tick();
        run();
        assertThat(notes).hasContent("edited on the phone");
        assertThat(new String(remote.read("Documents/todo.txt"), StandardCharsets.UTF_8)).isEqualTo("written here");
    }
}

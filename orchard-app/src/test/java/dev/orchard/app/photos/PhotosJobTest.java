package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.daemon.IntervalSchedule;
import dev.orchard.app.daemon.JobHistory;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.app.daemon.Scheduler;
import dev.orchard.app.daemon.SessionKeeper;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.signin.DaemonSignIn;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.photos.archive.ArchiveRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The photos backup as a daemon job: a scheduled run downloads the library on the shared session. */
class PhotosJobTest {
    @TempDir
    Path dir;
    FakeICloud fake;
    SessionKeeper keeper;
    Scheduler scheduler;
    final BlockingQueue<JobSnapshot> runs = new LinkedBlockingQueue<>();
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    long trashedAtStart;

    @AfterEach
    void stop() {
        if (scheduler != null) scheduler.stop(Duration.ofSeconds(10));
        if (keeper != null) keeper.close();
        if (fake != null) fake.close();
    }

    @Test
    void aScheduledRunBacksUpTheLibrary() throws Exception {
        Path library = dir.resolve("Pictures");
        JobSnapshot run = runOnce(library, null);
        assertThat(run.lastResult()).as(run.lastSummary()).isEqualTo("ok");
        assertThat(run.lastSummary()).contains("files downloaded");
        assertThat(originals(library)).isGreaterThan(10);
    }

    @Test
    void anArchiveByAgeFollowsASuccessfulSyncAtMostTheCapAtATime() throws Exception {
        JobSnapshot run = runOnce(dir.resolve("Pictures"), ArchiveRequest.olderThan("1y").withMax(3));
        assertThat(run.lastResult()).as(run.lastSummary()).isEqualTo("ok");
        assertThat(run.lastSummary()).contains("; archive older than 1y: 3 moved to Recently Deleted");
        assertThat(metrics.counter(PhotosArchiveRun.ARCHIVED, "job", "photos").count()).isEqualTo(3);
        assertThat(metrics.counter(PhotosArchiveRun.FREED, "job", "photos").count()).isPositive();
        assertThat(fake.photos().library().primary().assets().stream().filter(a -> a.trashed()).count())
                .as("the generated library's own deleted items, plus 3").isEqualTo(trashedAtStart + 3);
    }

    private JobSnapshot runOnce(Path library, ArchiveRequest archive) throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults().setup(f -> f.photos().generate(20)));
        fake.account(FakeConfig.DEMO_APPLE_ID).mfaPolicy(MfaPolicy.NONE);
        trashedAtStart = fake.photos().library().primary().assets().stream().filter(a -> a.trashed()).count();
        Clock clock = Clock.systemUTC();
        AppContext ctx = new AppContext(Map.of(), ConfigSources.load(Map.of(), dir), null, clock);
        ICloudOptions icloud = ICloudOptions.of(FakeConfig.DEMO_APPLE_ID, fake.baseUrl(), dir.resolve("state"));
        keeper = new SessionKeeper(FakeConfig.DEMO_APPLE_ID,
                new DaemonSignIn(ctx, icloud, FakeConfig.DEMO_PASSWORD::toCharArray, Duration.ofMinutes(15)),
                new MfaBroker(Duration.ofSeconds(5)), e -> { }, new RecentErrors(clock), clock);
        CountDownLatch ready = new CountDownLatch(1);
        keeper.onChange(() -> {
            if (keeper.session().isPresent()) ready.countDown();
        });
        keeper.signInAsync();
        assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();

        PhotosOptions options = CommandLine.populateCommand(new PhotosOptions(), "--photos-dir", library.toString());
        scheduler = new Scheduler(keeper, new JobHistory(dir), e -> { }, metrics, new RecentErrors(clock), clock, 3, false);
        scheduler.onRunFinished(runs::add);
        scheduler.add(new PhotosJob(ctx, options, archive), new IntervalSchedule(Duration.ofHours(6)));
        scheduler.tick();

        JobSnapshot run = runs.poll(120, TimeUnit.SECONDS);
        assertThat(run).as("a photos run finished").isNotNull();
        return run;
    }

    private static long originals(Path library) throws IOException {
        try (Stream<Path> files = Files.walk(library.resolve("Photos"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}

package dev.orchard.photos.testing;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.testing.FakeSessions;
import dev.orchard.photos.download.CdnClient;
import dev.orchard.photos.download.DownloadHooks;
import dev.orchard.photos.sync.PhotoSyncs;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A fake iCloud per test, a signed-in session, and a library folder to sync into. Waits between retries
 * are recorded in {@link #waits}, never slept.
 */
public abstract class FakeLibraryTest {
    @TempDir
    protected Path dir;
    protected FakeICloud fake;
    protected ICloudSession session;
    protected PhotosService photos;
    protected Path library;
    protected final List<Duration> waits = new CopyOnWriteArrayList<>();
    protected final List<String> warnings = new CopyOnWriteArrayList<>();
    /** Told everything the sync reports, besides the warnings collected above. */
    protected SyncListener observer = SyncListener.NONE;

    @BeforeEach
    void startFake() {
        fake = FakeICloud.start(FakeConfig.defaults());
        session = FakeSessions.open(fake, dir.resolve("state"), waits::add);
        photos = new PhotosService(session, 4);
        library = dir.resolve("library");
    }

    @AfterEach
    void stopFake() {
        if (session != null) session.close();
        if (fake != null) fake.close();
    }

    protected PhotoLibrary remote() {
        return fake.photos().library();
    }

    /** Replaces the demo account's library with the one a spec describes (generator/LIBRARY-SPEC.md). */
    protected PhotoLibrary load(String specJson) {
        return fake.photos().loadJson(fake.photos().defaultAccount(), specJson);
    }

    protected SyncReport sync() {
        return sync(b -> b);
    }

    protected SyncReport sync(UnaryOperator<SyncOptions.Builder> options) {
        return sync(options, DownloadHooks.NONE);
    }

    protected SyncReport sync(UnaryOperator<SyncOptions.Builder> options, DownloadHooks hooks) {
        SyncOptions o = options.apply(SyncOptions.builder(library).downloadThreads(3)).build();
        SyncListener listener = new SyncListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }

            @Override
            public void listed(String zone, long listed, long expected) {
                observer.listed(zone, listed, expected);
            }

            @Override
            public void phase(String description) {
                observer.phase(description);
            }
        };
        return PhotoSyncs.of(photos, CdnClient.of(session), o, listener, hooks, waits::add).run();
    }

    /** CloudKit requests the fake saw since the last reset. */
    protected long cloudKitRequests() {
        return fake.stats().count(dev.orchard.fake.http.ServiceGroup.CLOUDKIT);
    }
}

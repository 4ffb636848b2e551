package dev.orchard.app.web.library;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.options.Age;
import dev.orchard.photos.archive.ArchiveHooks;
import dev.orchard.photos.archive.ArchiveListener;
import dev.orchard.photos.archive.ArchivePlan;
import dev.orchard.photos.archive.ArchiveReport;
import dev.orchard.photos.archive.ArchiveRequest;
import dev.orchard.photos.archive.Archiver;
import dev.orchard.photos.sync.PhotoSync;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The page's archive requests, done by the archive engine on the daemon's session: the preview is the engine's
 * plan as of the last sync; a start syncs first (as {@code orchard photos archive} does, so every file is in place
 * and verified) and then archives, one run at a time in the background.
 */
final class EngineArchiveBackend implements ArchiveBackend {
    private final Supplier<ICloudSession> session;
    private final Supplier<SyncOptions> options;
    private final int listingThreads;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "web-archive");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    EngineArchiveBackend(Supplier<ICloudSession> session, Supplier<SyncOptions> options, int listingThreads) {
        this.session = session;
        this.options = options;
        this.listingThreads = listingThreads;
    }

    @Override
    public String unavailableReason() {
        return session.get() == null ? "Orchard is not signed in to iCloud yet (see the status page)" : null;
    }

    @Override
    public Preview preview(Request request) throws NotAvailableException {
        return previewOf(archiver(signedIn(), options.get()).plan(engineRequest(request)));
    }

    static Preview previewOf(ArchivePlan plan) {
        return new Preview(plan.kept().size(), plan.leaving().size(), plan.favourites().size(),
                plan.skipped().stream().map(i -> new Skipped(i.assetId(), i.name(), i.reason())).toList(), plan.bytesFreed());
    }

    @Override
    public String start(Request request) throws NotAvailableException {
        ICloudSession s = signedIn();
        ArchiveRequest engine = engineRequest(request);
        String id = Long.toString(ids.incrementAndGet());
        Run run = new Run();
        runs.put(id, run);
        runner.submit(() -> run.execute(s, engine));
        return id;
    }

    @Override
    public Progress progress(String runId) {
        Run run = runs.get(runId);
        return run == null ? null : run.progress();
    }

    private ICloudSession signedIn() throws NotAvailableException {
        ICloudSession s = session.get();
        if (s == null) throw new NotAvailableException("Orchard is not signed in to iCloud yet (see the status page)");
        return s;
    }

    private Archiver archiver(ICloudSession s, SyncOptions sync) {
        return new Archiver(new PhotosService(s, listingThreads), sync, ArchiveHooks.NONE, s.http().config().sleeper());
    }

    static ArchiveRequest engineRequest(Request r) {
        Age age = r.olderThan() == null ? null : Age.parse(r.olderThan());
        return new ArchiveRequest(r.albums(), age, r.exceptAlbums(), r.keepInICloud(), 0);
    }

    /** One run's state as the page polls it. */
    private final class Run {
        private volatile String state = "running";
        private volatile long done;
        private volatile long total = -1;
        private volatile String result;

        void execute(ICloudSession s, ArchiveRequest request) {
            try {
                SyncOptions sync = options.get();
                result = "syncing first";
                SyncReport report = PhotoSync.onSession(s, new PhotosService(s, listingThreads), sync, SyncListener.NONE).run();
                if (!report.complete()) {
                    fail("not archived: the sync before it did not finish, so some files may not be verified yet");
                    return;
                }
                ArchiveReport r = archiver(s, sync).run(request, new ArchiveListener() {
                    @Override
                    public void phase(String description) {
                        result = description;
                    }

                    @Override
                    public void progress(long d, long t) {
                        done = d;
                        total = t;
                    }
                });
                result = r.kept().size() + " kept here, " + r.removed().size() + " moved to Recently Deleted, "
                        + r.favourites().size() + " favourites stayed in iCloud, " + r.skipped().size() + " skipped";
                state = "done";
            } catch (RuntimeException e) {
                fail(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }

        private void fail(String why) {
            result = why;
            state = "failed";
        }

        Progress progress() {
            return new Progress(state, done, total, result);
        }
    }
}

package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.daemon.JobCancelledException;
import dev.orchard.app.daemon.JobContext;
import dev.orchard.app.daemon.JobOutcome;
import dev.orchard.app.daemon.SyncJob;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.archive.ArchiveRequest;
import dev.orchard.photos.options.UnknownAlbumException;
import dev.orchard.photos.shared.SharedReport;
import dev.orchard.photos.sync.PhotoSync;
import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.report.SyncReport.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/** The photos backup as a job of {@code orchard run}: one sync per run, on the daemon's shared session. */
public final class PhotosJob implements SyncJob {
    private static final Logger LOG = LoggerFactory.getLogger(PhotosJob.class);

    private final AppContext ctx;
    private final PhotosOptions options;
    private final ArchiveRequest archive;

    public PhotosJob(AppContext ctx, PhotosOptions options) {
        this(ctx, options, null);
    }

    /** With {@code archive} (null: none), that archive runs after each sync that finished with every file in place. */
    public PhotosJob(AppContext ctx, PhotosOptions options, ArchiveRequest archive) {
        this.ctx = ctx;
        this.options = options;
        this.archive = archive;
    }

    @Override
    public String name() {
        return "photos";
    }

    @Override
    public JobOutcome run(ICloudSession session, JobContext job) {
        SyncOptions sync = options.builder(ctx.env(), ctx.clock()).build();
        PhotosService service = new PhotosService(session, options.listingThreads());
        SyncReport r;
        try {
            r = PhotoSync.onSession(session, service, sync, listener(job)).run(job::cancelled);
        } catch (UnknownAlbumException e) {
            throw PhotosSyncCommand.unknownAlbum(e, sync);
        }
        job.assets(r.get(Counter.ASSETS_LISTED) + r.get(Counter.CHANGES_APPLIED));
        job.files(r.get(Counter.DOWNLOADED));
        job.bytes(r.get(Counter.BYTES));
        job.errors(r.failed().size() + r.quarantined().size());
        r.warnings().forEach(w -> LOG.warn("photos: {}", w));
        r.failed().forEach(f -> LOG.warn("photos: {}", f));
        r.quarantined().forEach(q -> LOG.error("photos: checksum mismatch, kept in quarantine: {}", q));
        if (r.stopped()) throw new JobCancelledException();
        SharedReport shared = options.sharedAlbums() && !job.cancelled() ? SharedAlbumsStep.run(session, sync.libraryDir(), sync.fileModes(),
                options.sharedAlbumNames(), ctx.clock(), line -> LOG.info("photos: {}", line)) : null;
        int sharedFailures = shared == null ? 0 : shared.failures().size();
        if (shared != null) {
            job.files(shared.downloaded());
            job.bytes(shared.bytes());
            job.errors(sharedFailures);
        }
        String summary = r.get(Counter.DOWNLOADED) + " files downloaded (" + r.get(Counter.UNVERIFIED) + " unverified), "
                + r.get(Counter.PREVIEWS) + " previews, " + r.get(Counter.TRASHED) + " moved to the local trash, " + r.requests() + " requests"
                + (r.quarantined().isEmpty() ? "" : ", " + r.quarantined().size() + " QUARANTINED (checksum mismatch)")
                + (shared == null ? "" : "; " + shared.summary());
        if (archive != null && r.complete()) summary += "; " + PhotosArchiveRun.run(service, sync, archive, session, job);
        return new JobOutcome(summary, r.failed().size() + r.quarantined().size() + sharedFailures);
    }

    private static SyncListener listener(JobContext job) {
        AtomicLong done = new AtomicLong();
        AtomicLong planned = new AtomicLong(-1);
        return new SyncListener() {
            @Override
            public void phase(String description) {
                job.progress(description, done.get(), planned.get());
            }

            @Override
            public void listed(String zone, long listed, long expected) {
                job.progress("listing " + zone, listed, expected);
            }

            @Override
            public void planned(long files, long bytes) {
                planned.set(files);
            }

            @Override
            public void fileDone(String path) {
                job.progress("downloading", done.incrementAndGet(), planned.get());
            }
        };
    }
}

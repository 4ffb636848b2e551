package dev.orchard.app.drive;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.daemon.JobContext;
import dev.orchard.app.daemon.JobOutcome;
import dev.orchard.app.daemon.SyncJob;
import dev.orchard.drive.sync.DriveFolder;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.watch.LocalChanges;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.drive.DriveClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** The drive sync as a job of {@code orchard run}: one pass per run, on the daemon's shared session. */
public final class DriveJob implements SyncJob {
    private static final Logger LOG = LoggerFactory.getLogger(DriveJob.class);

    private final AppContext ctx;
    private final ICloudOptions icloud;
    private final DriveOptions options;
    private volatile LocalChanges changes;

    public DriveJob(AppContext ctx, ICloudOptions icloud, DriveOptions options) {
        this.ctx = ctx;
        this.icloud = icloud;
        this.options = options;
    }

    @Override
    public String name() {
        return "drive";
    }

    @Override
    public JobOutcome run(ICloudSession session, JobContext job) throws Exception {
        SyncOptions sync = options.sync(ctx.env(), false);
        try (DriveFolder folder = DriveFolder.open(DriveRunner.state(ctx, icloud, sync), sync.localDir())) {
            if (folder.recreated()) LOG.warn("the Drive sync state was unreadable; it was set aside and this pass is a copy-only resync");
            PassReport r = folder.pass(new DriveClient(session), sync, listener(job), ctx.clock(), job::cancelled);
            LocalChanges watching = changes;
            if (watching != null) watching.written(r.writtenLocally());
            Outcome o = r.outcome();
            job.files(o.get(Outcome.Count.UPLOADED) + o.get(Outcome.Count.DOWNLOADED) + o.get(Outcome.Count.DELETED_LOCAL)
                    + o.get(Outcome.Count.TRASHED_REMOTE));
            job.errors(o.get(Outcome.Count.FAILED));
            r.warnings().forEach(w -> LOG.warn("drive: {}", w));
            o.problems().forEach(p -> LOG.warn("drive: {}", p));
            return new JobOutcome(o.summary(), o.get(Outcome.Count.FAILED) + o.get(Outcome.Count.DEFERRED));
        }
    }

    /** Local changes ask for a pass once settled ({@code --drive-quiet-period}), as {@code drive sync --watch} does. */
    @Override
    public AutoCloseable watch(BooleanSupplier runSoon) {
        try {
            LocalChanges c = new LocalChanges(options.localDir(ctx.env()), options.quietPeriod(), ctx.clock(), runSoon);
            changes = c;
            return c;
        } catch (RuntimeException e) {
            LOG.warn("drive: cannot watch for local changes ({}); they are synced on the schedule", e.getMessage());
            return () -> { };
        }
    }

    private static SyncListener listener(JobContext job) {
        AtomicLong done = new AtomicLong();
        return new SyncListener() {
            @Override
            public void phase(String what) {
                job.progress(what, done.get(), -1);
            }

            @Override
            public void done(String action, String path, String error) {
                job.progress("syncing", done.incrementAndGet(), -1);
            }
        };
    }
}

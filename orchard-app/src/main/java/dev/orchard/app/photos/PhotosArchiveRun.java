package dev.orchard.app.photos;

import dev.orchard.app.daemon.JobContext;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.archive.ArchiveHooks;
import dev.orchard.photos.archive.ArchiveListener;
import dev.orchard.photos.archive.ArchiveReport;
import dev.orchard.photos.archive.ArchiveRequest;
import dev.orchard.photos.archive.Archiver;
import dev.orchard.photos.options.SyncOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's archive after a photos sync: progress on the status page, the outcome in the job's summary
 * (so {@code orchard status} and {@code /api/status} show it), and {@code orchard_archived_assets_total},
 * {@code orchard_archive_bytes_freed_total} in {@code /metrics}.
 */
final class PhotosArchiveRun {
    static final String ARCHIVED = "orchard.archived.assets";
    static final String FREED = "orchard.archive.bytes.freed";
    private static final Logger LOG = LoggerFactory.getLogger(PhotosArchiveRun.class);

    private PhotosArchiveRun() {
    }

    static String run(PhotosService service, SyncOptions sync, ArchiveRequest request, ICloudSession session, JobContext job) {
        ArchiveListener progress = new ArchiveListener() {
            private String phase = "archiving";

            @Override
            public void phase(String description) {
                phase = "archive: " + description;
                job.progress(phase, 0, -1);
            }

            @Override
            public void progress(long done, long total) {
                job.progress(phase, done, total);
            }
        };
        ArchiveReport r = new Archiver(service, sync, ArchiveHooks.NONE, session.http().config().sleeper()).run(request, progress);
        job.metrics().counter(ARCHIVED, "job", job.job()).increment(r.removed().size());
        job.metrics().counter(FREED, "job", job.job()).increment(r.bytesFreed());
        r.skipped().forEach(i -> LOG.info("photos archive: skipped {}: {}", i.name(), i.reason()));
        return "archive " + r.rule() + ": " + r.removed().size() + " moved to Recently Deleted (" + Units.bytes(r.bytesFreed())
                + " freed), " + r.favourites().size() + " favourites kept, " + r.skipped().size() + " skipped"
                + (r.deferred() > 0 ? ", " + r.deferred() + " left for the next run" : "");
    }
}

package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.drive.DriveJob;
import dev.orchard.app.drive.DriveOptions;
import dev.orchard.app.photos.PhotosArchiveOptions;
import dev.orchard.app.photos.PhotosJob;
import dev.orchard.app.photos.PhotosOptions;

import dev.orchard.app.daemon.JobCatalog;

import java.util.Map;

/**
 * The sync jobs this build can run under {@code orchard run}; each joins when its --<name>-schedule is set, or
 * when its folder is: photos every 6 h, Drive every --drive-interval (5 m, as {@code drive sync --watch} lists iCloud).
 */
final class AvailableJobs {
    private AvailableJobs() {
    }

    static final String PHOTOS_DEFAULT = "6h";

    static Map<String, JobCatalog.Offer> of(AppContext ctx, ICloudOptions icloud, DriveOptions drive, PhotosOptions photos,
                                            PhotosArchiveOptions archive) {
        return Map.of("drive", new JobCatalog.Offer(() -> new DriveJob(ctx, icloud, drive), drive.dirGiven(),
                        drive.dirGiven() ? drive.interval().toSeconds() + "s" : null),
                "photos", new JobCatalog.Offer(() -> new PhotosJob(ctx, photos, archive.request()), photos.dirGiven(), PHOTOS_DEFAULT));
    }
}

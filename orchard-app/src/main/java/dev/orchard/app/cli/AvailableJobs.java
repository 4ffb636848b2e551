package dev.orchard.app.cli;

import dev.orchard.app.daemon.SyncJob;
import dev.orchard.app.drive.DriveJob;
import dev.orchard.app.drive.DriveOptions;
import dev.orchard.app.photos.PhotosArchiveOptions;
import dev.orchard.app.photos.PhotosJob;
import dev.orchard.app.photos.PhotosOptions;

import java.util.Map;
import java.util.function.Supplier;

/** The sync jobs this build can run under {@code orchard run}; each joins when its --<name>-schedule is set. */
final class AvailableJobs {
    private AvailableJobs() {
    }

    static Map<String, Supplier<SyncJob>> of(AppContext ctx, ICloudOptions icloud, DriveOptions drive, PhotosOptions photos,
                                             PhotosArchiveOptions archive) {
        return Map.of("drive", () -> new DriveJob(ctx, icloud, drive), "photos", () -> new PhotosJob(ctx, photos, archive.request()));
    }
}

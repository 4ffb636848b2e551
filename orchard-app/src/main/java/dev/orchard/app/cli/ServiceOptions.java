package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.daemon.JobCatalog;
import dev.orchard.app.daemon.ScheduledJob;
import dev.orchard.app.drive.DriveOptions;
import dev.orchard.app.photos.PhotosArchiveOptions;
import dev.orchard.app.photos.PhotosOptions;
import dev.orchard.app.web.WebOptions;
import picocli.CommandLine.Mixin;

import java.util.List;

/** Everything {@code orchard run} is configured by, shared with {@code orchard doctor}, which checks it. */
public final class ServiceOptions {
    @Mixin
    public ICloudOptions icloud;

    @Mixin
    public WebOptions web;

    @Mixin
    public NotifyOptions notify;

    @Mixin
    public JobCatalog.Options schedules;

    @Mixin
    public DriveOptions drive;

    @Mixin
    public PhotosOptions photos;

    @Mixin
    public PhotosArchiveOptions photosArchive;

    /** The session check plus every sync job that has a schedule. */
    public List<ScheduledJob> jobs(AppContext ctx) {
        return schedules.jobs(ctx.clock(), AvailableJobs.of(ctx, icloud, drive, photos, photosArchive));
    }

    /** The options of the scheduled sync jobs, so that a bad one stops the service at start instead of failing every run. */
    public void checkJobOptions(AppContext ctx, List<ScheduledJob> jobs) {
        for (ScheduledJob j : jobs) {
            switch (j.job().name()) {
                case "photos" -> {
                    photos.builder(ctx.env(), ctx.clock()).build();
                    photos.listingThreads();
                }
                case "drive" -> drive.sync(ctx.env(), false);
                default -> {
                }
            }
        }
    }
}
